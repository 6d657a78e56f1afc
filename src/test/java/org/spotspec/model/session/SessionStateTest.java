package org.spotspec.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/**
 * The session clock: remaining time, the amber warning and expiry, driven by a hand-moved
 * clock. AwsSession can only be built by SessionService (its constructor is package-private),
 * so real sessions come from a sign-in against the local WireMock STS: loopback only, no AWS.
 */
class SessionStateTest {
    private static final Instant EXPIRY = Instant.parse("2030-01-01T12:00:00Z");

    @TempDir
    static Path home;
    private static AwsStub aws;
    private static AwsClientFactory clients;
    private static SessionService sessions;

    private final MutableClock clock = new MutableClock(EXPIRY.minus(Duration.ofHours(1)));
    private SessionState state;

    /** A clock the test moves by hand. */
    @BeforeAll
    static void startLocalAws() throws IOException {
        aws = new AwsStub();
        aws.signInSucceeds(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, EXPIRY);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"), "[dev]\naws_access_key_id = " + TestAws.KEY_ID
                + "\naws_secret_access_key = " + TestAws.SECRET + "\n");
        var env = TestAws.emptyEnvironment(home);
        clients = new AwsClientFactory(TestAws.fastSettings(), CallJournal.none(), Clock.systemUTC());
        sessions = new SessionService(clients, env, () -> new ProfileDiscovery(env).discover());
    }

    @AfterAll
    static void stopLocalAws() {
        clients.close();
        aws.close();
    }

    @BeforeEach
    void setUp() {
        state = new SessionState(clock);
    }

    @AfterEach
    void tearDown() {
        state.clear();
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
        state.set(signIn(true));
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
        state.set(signIn(true));
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
        state.set(signIn(false));
        clock.set(EXPIRY.plus(Duration.ofDays(365)));
        state.tick();
        assertThat(state.remainingProperty().get()).isNull();
        assertThat(state.expiringProperty().get()).isFalse();
        assertThat(state.expiredProperty().get()).isFalse();
    }

    @Test
    void signingOutResetsTheClock() {
        state.set(signIn(true));
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

    private static AwsSession signIn(boolean mfa) {
        var mfaRequest = mfa ? Optional.of(new MfaRequest(AwsStub.MFA_SERIAL, Secret.of(TestAws.MFA_CODE), 3600))
                : Optional.<MfaRequest>empty();
        var endpoint = Optional.of(aws.uri());
        return sessions.signIn(new SignInRequest(new CredentialSource.NamedProfile("dev"), Region.EU_WEST_1,
                mfaRequest, new AwsEndpoints(endpoint, endpoint)));
    }
}
