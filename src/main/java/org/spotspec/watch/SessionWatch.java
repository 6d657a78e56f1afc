package org.spotspec.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.spotspec.aws.AwsSession;

/**
 * Tells when the MFA session nears its end, ends (watching pauses: every read would fail) and is
 * renewed (watching resumes): each once per session. Credentials without an expiry never pause.
 * Thread-safe.
 */
public final class SessionWatch {
    /** How long before the end the user is warned: time to find the MFA device. */
    public static final Duration WARNING = Duration.ofMinutes(10);

    private Instant expiry;
    private boolean warned;
    private boolean ended;

    /** As {@link #check(Optional, Instant)} with the session's expiry; no session is treated as no expiry. */
    public List<WatchEvent> check(AwsSession session, Instant now) {
        return check(session.expiresAt(), now);
    }

    /** The session events due at {@code now} for a session ending at {@code expiresAt} (empty: never). */
    public synchronized List<WatchEvent> check(Optional<Instant> expiresAt, Instant now) {
        if (expiresAt.isEmpty()) {
            var renewed = ended;
            reset(null);
            return renewed ? List.of(event(now, "ended", "renewed", "Signed in again: watching resumes.",
                    Severity.INFO)) : List.of();
        }
        var end = expiresAt.get();
        if (!end.equals(expiry)) {
            var renewed = ended && now.isBefore(end);
            reset(end);
            if (renewed) {
                return List.of(event(now, "ended", "renewed", "The MFA session was renewed until "
                        + Wording.CLOCK.format(end) + " UTC: watching resumes.", Severity.INFO));
            }
        }
        if (!now.isBefore(end) && !ended) {
            ended = true;
            return List.of(event(now, warned ? "ending" : "", "ended", "The MFA session ended at "
                    + Wording.CLOCK.format(end) + " UTC: watching is paused. Renew it with a fresh MFA code (in the "
                    + "app: Renew session; spotspec watch asks on its terminal) to resume.", Severity.NOTIFY));
        }
        if (now.isBefore(end) && !warned && Duration.between(now, end).compareTo(WARNING) <= 0) {
            warned = true;
            return List.of(event(now, "", "ending", "The MFA session ends in " + minutes(Duration.between(now, end))
                    + " (at " + Wording.CLOCK.format(end) + " UTC); watching pauses then. Renew it with a fresh MFA "
                    + "code to keep watching.", Severity.NOTIFY));
        }
        return List.of();
    }

    /** Whether watching is paused: the session last checked has ended. */
    public synchronized boolean paused(Instant now) {
        return expiry != null && !now.isBefore(expiry);
    }

    private void reset(Instant end) {
        expiry = end;
        warned = false;
        ended = false;
    }

    private static String minutes(Duration left) {
        long m = (left.toSeconds() + 59) / 60;
        return m <= 1 ? "less than a minute" : m + " minutes";
    }

    private static WatchEvent event(Instant now, String from, String to, String message, Severity severity) {
        return new WatchEvent(now.truncatedTo(ChronoUnit.SECONDS), "", "", EventKind.SESSION, "mfa-session", from,
                to, message, severity);
    }
}
