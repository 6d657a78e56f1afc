package org.spotspec.cli;

import java.io.PrintStream;
import java.util.List;
import org.spotspec.cli.output.Json;
import org.spotspec.cli.output.OutputFormat;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEvent;

/**
 * {@code spotspec watch}'s output: one line per event as it happens, flushed at once (a pipe or a
 * journal reads it live). Table: time, region, kind, id, from → to, message; JSON Lines: one object
 * per line with time, region, kind, id, from, to, message, severity and account.
 */
final class EventLines {
    private final OutputFormat format;
    private final PrintStream out;

    EventLines(OutputFormat format, PrintStream out) {
        this.format = format;
        this.out = out;
    }

    /** Prints the events, oldest first; safe from several threads (one line is never split). */
    void print(List<StoredEvent> events) {
        synchronized (out) {
            events.forEach(e -> out.println(format == OutputFormat.JSON ? json(e.event()) : table(e.event())));
            out.flush();
        }
    }

    /** The event as one JSON object on one line (also what {@code --exec} gets on its standard input). */
    static String json(WatchEvent e) {
        return "{\"time\": " + Json.value(e.time()) + ", \"region\": " + Json.string(e.region()) + ", \"kind\": "
                + Json.string(e.kind().id()) + ", \"id\": " + Json.string(e.id()) + ", \"from\": "
                + Json.string(e.from()) + ", \"to\": " + Json.string(e.to()) + ", \"message\": "
                + Json.string(e.message()) + ", \"severity\": " + Json.string(e.severity().name().toLowerCase(
                        java.util.Locale.ROOT)) + ", \"account\": " + Json.string(e.account()) + "}";
    }

    static String table(WatchEvent e) {
        var change = e.from().isEmpty() && e.to().isEmpty() ? "-" : dash(e.from()) + " → " + dash(e.to());
        var line = String.format("%-20s  %-14s  %-14s  %-19s  %-45s  %s", e.time(), dash(e.region()), e.kind().id(),
                dash(e.id()), change, e.message());
        return line.replaceAll("[\\r\\n\\t]+", " ").stripTrailing();
    }

    private static String dash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
