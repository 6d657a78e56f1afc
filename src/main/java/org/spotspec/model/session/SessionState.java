package org.spotspec.model.session;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.spotspec.aws.AwsSession;

/**
 * The current session and its clock: who is signed in, and for an MFA session how long it has
 * left. {@link #tick()} is driven once a second through {@link SessionClock}; it reads the injected
 * clock so tests can move time.
 */
public final class SessionState {
    /** When the status bar turns amber and offers to renew. */
    public static final Duration WARN_BEFORE = Duration.ofMinutes(10);

    private final Clock clock;
    private final ReadOnlyObjectWrapper<AwsSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Duration> remaining = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper expiring = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper expired = new ReadOnlyBooleanWrapper(false);

    public SessionState(Clock clock) {
        this.clock = clock;
    }

    /** Starts or replaces the session; the one it replaces is closed. */
    public void set(AwsSession next) {
        var previous = session.get();
        session.set(next);
        tick();
        if (previous != null && previous != next) {
            previous.close();
        }
    }

    /** Signs out: closes the session and forgets its credentials. */
    public void clear() {
        var previous = session.get();
        session.set(null);
        remaining.set(null);
        expiring.set(false);
        expired.set(false);
        if (previous != null) {
            previous.close();
        }
    }

    public void tick() {
        var current = session.get();
        Optional<Duration> left = current == null ? Optional.empty() : current.remaining(clock.instant());
        remaining.set(left.orElse(null));
        expired.set(left.map(Duration::isZero).orElse(false));
        expiring.set(left.map(d -> !d.isZero() && d.compareTo(WARN_BEFORE) <= 0).orElse(false));
    }

    public Optional<AwsSession> current() {
        return Optional.ofNullable(session.get());
    }

    public boolean isExpired() {
        var current = session.get();
        return current != null && current.isExpired(clock.instant());
    }

    public ReadOnlyObjectProperty<AwsSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** Time left of an MFA session; null for credentials without expiry or when signed out. */
    public ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty expiringProperty() {
        return expiring.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty expiredProperty() {
        return expired.getReadOnlyProperty();
    }

    /** {@code 11:59:58}, or {@code 1d 02:03:04} for sessions over a day. */
    public static String formatRemaining(Duration left) {
        long s = left.getSeconds();
        long days = s / 86_400;
        var clockText = String.format("%02d:%02d:%02d", (s % 86_400) / 3600, (s % 3600) / 60, s % 60);
        return days > 0 ? days + "d " + clockText : clockText;
    }
}
