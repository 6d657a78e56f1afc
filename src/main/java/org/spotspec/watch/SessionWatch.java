package org.spotspec.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.spotspec.aws.AwsSession;

/**
 * Tells when the session (an MFA session, or an assumed role's) nears its end, ends (watching
 * pauses: every read would fail) and is renewed (watching resumes): each once per session.
 * Credentials without an expiry never pause. Thread-safe.
 */
public final class SessionWatch {
    /** How long before the end the user is warned: time to find the MFA device. */
    public static final Duration WARNING = Duration.ofMinutes(10);

    private Instant expiry;
    private boolean warned;
    private boolean ended;

    /**
     * What the texts call the session and how it is renewed: a role's session is not an MFA
     * session to the user (it may have taken no code at all), and its role is what they recognise.
     */
    public record SessionName(String text, boolean renewedWithCode) {
        /** A GetSessionToken session: renewed with a fresh MFA code. */
        public static final SessionName MFA = new SessionName("MFA session", true);

        /** An assumed role's session, e.g. {@code role session (spot-admin)}. */
        public static SessionName role(String roleName, boolean withMfa) {
            return new SessionName("role session (" + roleName + ")", withMfa);
        }

        /** An IAM Identity Center session: renewed by refreshing its login, or logging in again in the browser. */
        public static final SessionName SSO = new SessionName("IAM Identity Center login", false);

        /** The name {@code session} goes by: its assumed role's, an SSO login, else an MFA session's. */
        public static SessionName of(AwsSession session) {
            if (org.spotspec.aws.SourceLabels.isSso(session)) {
                return SSO;
            }
            return session.assumedRole().map(r -> role(r.chain().target().roleName(), r.withMfa())).orElse(MFA);
        }
    }

    /** As {@link #check(Optional, SessionName, Instant)} with the session's expiry and name. */
    public List<WatchEvent> check(AwsSession session, Instant now) {
        return check(session.expiresAt(), SessionName.of(session), now);
    }

    /** As {@link #check(Optional, SessionName, Instant)} for an MFA session. */
    public List<WatchEvent> check(Optional<Instant> expiresAt, Instant now) {
        return check(expiresAt, SessionName.MFA, now);
    }

    /** The session events due at {@code now} for a session ending at {@code expiresAt} (empty: never). */
    public synchronized List<WatchEvent> check(Optional<Instant> expiresAt, SessionName name, Instant now) {
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
                return List.of(event(now, "ended", "renewed", "The " + name.text() + " was renewed until "
                        + Wording.CLOCK.format(end) + " UTC: watching resumes.", Severity.INFO));
            }
        }
        if (!now.isBefore(end) && !ended) {
            ended = true;
            return List.of(event(now, warned ? "ending" : "", "ended", endedText(name, end), Severity.NOTIFY));
        }
        if (now.isBefore(end) && !warned && Duration.between(now, end).compareTo(WARNING) <= 0) {
            warned = true;
            return List.of(event(now, "", "ending", endingText(name, end, now), Severity.NOTIFY));
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

    private static String endedText(SessionName name, Instant end) {
        return "The " + name.text() + " ended at " + Wording.CLOCK.format(end) + " UTC: watching is paused. Renew it"
                + withCode(name) + " (in the app: Renew session"
                + (name.renewedWithCode() ? "; spotspec watch asks on its terminal" : "") + ") to resume.";
    }

    private static String endingText(SessionName name, Instant end, Instant now) {
        return "The " + name.text() + " ends in " + minutes(Duration.between(now, end)) + " (at "
                + Wording.CLOCK.format(end) + " UTC); watching pauses then. Renew it" + withCode(name)
                + " to keep watching.";
    }

    private static String withCode(SessionName name) {
        return name.renewedWithCode() ? " with a fresh MFA code" : "";
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
