package org.spotspec.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * One change the watcher saw, as the Events tab, a notification, the archive and
 * {@code spotspec watch -o json} give it. Strings are never null (empty when not applicable).
 *
 * @param time     when the watcher saw it (not when EC2 made it: a poll sees changes late)
 * @param account  the AWS account id it belongs to; empty for events of no account
 * @param region   the region, e.g. us-east-1; empty for session events
 * @param id       the spot request id, instance id, or price series (type zone product)
 * @param from     the state or status code before; empty for something new
 * @param to       the state or status code now; empty for something gone
 * @param message  one or two sentences for people: what happened, and what to do when it matters
 */
public record WatchEvent(Instant time, String account, String region, EventKind kind, String id, String from,
                         String to, String message, Severity severity) {
    public WatchEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        account = text(account);
        region = text(region);
        id = text(id);
        from = text(from);
        to = text(to);
        message = text(message);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
