package org.spotspec.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spotspec.aws.AwsSession;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestSessions;

/**
 * The session clock: remaining time, the amber warning and expiry, driven by a hand-moved
 * clock. The sessions are built directly (no sign-in, no AWS call), without a toolkit.
 */
class SessionStateTest {
    private static final Instant EXPIRY = Instant.parse("2030-01-01T12:00:00Z");

    private final TestSessions sessions = new TestSessions();
    private final MutableClock clock = new MutableClock(EXPIRY.minus(Duration.ofHours(1)));
    private SessionState state;

    @BeforeEach
    void setUp() {
        state = new SessionState(clock);
    }

    @AfterEach
    void tearDown() {
        state.clear();
        sessions.close();
    }

    @ParameterizedTest
    @CsvSource({
        "PT5S,       00:00:05",
        "PT11H59M58S, 11:59:58",
        "P1DT2H3M4S, 1d 02:03:04",
        "PT0S,       00:00:00",
        "PT36H,      1d 12:00:00",
        "PT23H59M59.999S, 23:59:59"})
    void remainingTimeIsShownAsAClock(Duration left, String shown) {
        assertThat(SessionState.formatRemaining(left)).isEqualTo(shown);
    }

    @Test
    void signedOutThereIsNothingToCountDown() {
        state.tick();
        assertSignedOut();
        assertThat(state.isExpired()).isFalse();
    }

    @Test
    void anMfaSessionCountsDownToItsExpiry() {
        state.set(signedIn(true));
        assertThat(state.remainingProperty().get()).isEqualTo(Duration.ofHours(1));
        assertThat(state.expiringProperty().get()).isFalse();

        clock.set(EXPIRY.minus(SessionState.WARN_BEFORE).minusSeconds(1));
        state.tick();
        assertThat(state.expiringProperty().get()).as("just outside the warning").isFalse();

        clock.set(EXPIRY.minus(SessionState.WARN_BEFORE));
        state.tick();
        assertThat(state.expiringProperty().get()).as("warning starts at WARN_BEFORE").isTrue();
        assertThat(state.expiredProperty().get()).isFalse();

        clock.set(EXPIRY.minusSeconds(1));
        state.tick();
        assertThat(state.remainingProperty().get()).isEqualTo(Duration.ofSeconds(1));
        assertThat(state.expiringProperty().get()).isTrue();
        assertThat(state.isExpired()).isFalse();
    }

    @Test
    void theSessionIsExpiredAtAndAfterItsExpiry() {
        state.set(signedIn(true));
        for (var now : new Instant[] {EXPIRY, EXPIRY.plusSeconds(1), EXPIRY.plus(Duration.ofDays(3))}) {
            clock.set(now);
            state.tick();
            assertThat(state.remainingProperty().get()).as("at %s", now).isEqualTo(Duration.ZERO);
            assertThat(state.expiredProperty().get()).as("at %s", now).isTrue();
            assertThat(state.expiringProperty().get()).as("expired is no longer 'expiring'").isFalse();
            assertThat(state.isExpired()).isTrue();
        }
    }

    @Test
    void credentialsWithoutExpiryNeverExpire() {
        state.set(signedIn(false));
        clock.set(EXPIRY.plus(Duration.ofDays(365)));
        state.tick();
        assertThat(state.remainingProperty().get()).isNull();
        assertThat(state.expiringProperty().get()).isFalse();
        assertThat(state.expiredProperty().get()).isFalse();
    }

    @Test
    void signingOutResetsTheClock() {
        state.set(signedIn(true));
        clock.set(EXPIRY);
        state.tick();
        state.clear();
        assertSignedOut();
    }

    private void assertSignedOut() {
        assertThat(state.current()).isEmpty();
        assertThat(state.remainingProperty().get()).isNull();
        assertThat(state.expiringProperty().get()).isFalse();
        assertThat(state.expiredProperty().get()).isFalse();
    }

    private AwsSession signedIn(boolean mfa) {
        return mfa ? sessions.mfaSession(EXPIRY) : sessions.typedKeys();
    }
}
