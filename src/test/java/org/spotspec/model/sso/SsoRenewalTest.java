package org.spotspec.model.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsProblemException;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.MfaPrompter;
import org.spotspec.model.session.SessionState;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.SsoStub;

/**
 * An IAM Identity Center session whose login ended, renewed by AwsCalls through {@link SsoRenewal}:
 * quietly with the refresh token, else with the device-code flow; the failed call then runs again.
 */
class SsoRenewalTest {
    private static final String NEW_TOKEN = "aoaSSONEWACCESSTOKENcanary0123456789";
    private static final String NEW_REFRESH = "aorSSONEWREFRESHTOKENcanary0123456789";
    private static final AwsProblem ENDED = new AwsProblem("", "ExpiredToken", "The security token included in the "
            + "request is expired", "", "", 400, AwsProblem.Kind.EXPIRED_SESSION, "");

    @TempDir
    Path home;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final MutableClock clock = new MutableClock(now);
    private final ActivityLog log = new ActivityLog(Runnable::run, clock);
    private final SessionState state = new SessionState(clock);
    private final List<MfaPrompter.Prompt> prompts = new ArrayList<>();
    private final List<CallerIdentity> answers = new ArrayList<>();
    private final List<AwsProblem> problems = new ArrayList<>();
    private SsoModelFixture fx;
    private AwsCalls calls;
    private AwsSession signedIn;
    private int attempts;

    @BeforeEach
    void signIn() {
        fx = new SsoModelFixture(home);
        fx.cachedLogin(now.plus(Duration.ofHours(1)));
        fx.sso.givesRoleCredentials(now.plus(Duration.ofHours(1)));
        fx.aws.callerIdentity();
        signedIn = fx.sessions.signIn(fx.request("work"));
        state.set(signedIn);
        calls = fx.renewingCalls(state, log, prompts);
    }

    @AfterEach
    void tearDown() {
        Thread.interrupted(); // a cancelled poll leaves the (inline) task's thread interrupted, as a worker's would be
        state.clear();
        fx.close();
    }

    /** The login ends: the AWS CLI's cache holds it expired, and the session's clock is past its end. */
    private void loginEnds() {
        fx.cachedLogin(now.minusSeconds(60));
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        state.tick();
        assertThat(state.isExpired()).isTrue();
    }

    private void whoAmI() {
        calls.run("Who am I", counted(fx.sessions::whoAmI), answers::add, problems::add);
    }

    private <T> Function<AwsSession, T> counted(Function<AwsSession, T> call) {
        return s -> {
            attempts++;
            return call.apply(s);
        };
    }

    /** AWS answers ExpiredToken once, then the call succeeds. */
    private void whoAmIRefusedOnce() {
        calls.run("Who am I", counted(s -> {
            if (attempts == 1) {
                throw new AwsProblemException(ENDED);
            }
            return fx.sessions.whoAmI(s);
        }), answers::add, problems::add);
    }

    private void assertRenewedUntilTheNewLoginsEnd() {
        var renewed = state.current().orElseThrow();
        assertThat(renewed).isNotSameAs(signedIn);
        assertThat(renewed.expiresAt()).hasValueSatisfying(end -> assertThat(end)
                .isAfter(now.plus(Duration.ofHours(7))).isBefore(Instant.now().plusSeconds(28800 + 60)));
        assertThat(state.isExpired()).isFalse();
    }

    @Test
    void anEndedLoginIsRefreshedQuietlyAndTheCallGoesOn() throws IOException {
        fx.sso.refreshesToken(NEW_TOKEN, NEW_REFRESH);
        loginEnds();

        whoAmI();

        assertThat(problems).isEmpty();
        assertThat(answers).singleElement().satisfies(id -> assertThat(id.arn()).isEqualTo(AwsStub.ARN));
        assertThat(attempts).as("renewed before the call").isEqualTo(1);
        assertThat(fx.browsed).as("no device flow").isEmpty();
        assertThat(fx.calls("/device_authorization")).isZero();
        assertThat(prompts).as("no MFA code asked").isEmpty();
        assertRenewedUntilTheNewLoginsEnd();
        assertThat(Files.readString(fx.cacheFile())).as("written back as the AWS CLI does").contains(NEW_TOKEN);
    }

    @Test
    void anExpiredTokenAnswerRenewsQuietlyAndRetriesTheCallOnce() {
        fx.sso.refreshesToken(NEW_TOKEN, NEW_REFRESH);
        fx.cachedLogin(now.minusSeconds(60));

        whoAmIRefusedOnce();

        assertThat(problems).isEmpty();
        assertThat(attempts).isEqualTo(2);
        assertThat(answers).hasSize(1);
        assertThat(fx.browsed).isEmpty();
        assertRenewedUntilTheNewLoginsEnd();
    }

    @Test
    void aRefusedRefreshRunsTheDeviceFlowThenTheCallGoesOn() throws IOException {
        fx.sso.refusesRefresh().registersClient().startsDeviceAuthorization(1, 600)
                .createsTokenAfter("authorization_pending");
        fx.cachedLogin(now.minusSeconds(60));

        whoAmIRefusedOnce();

        assertThat(fx.flow.login().userCodeProperty().get()).isEqualTo(SsoStub.USER_CODE);
        assertThat(fx.browsed).containsExactly("https://device.sso.eu-west-1.amazonaws.com/?user_code="
                + SsoStub.USER_CODE);
        assertThat(problems).isEmpty();
        assertThat(attempts).isEqualTo(2);
        assertThat(answers).hasSize(1);
        assertRenewedUntilTheNewLoginsEnd();
        assertThat(Files.readString(fx.cacheFile())).as("the new login is not shared").doesNotContain(NEW_TOKEN)
                .contains(SsoStub.ACCESS_TOKEN);
    }

    @Test
    void aRefusedRefreshAfterTheSessionsEndRunsTheDeviceFlowBeforeTheCall() {
        fx.sso.refusesRefresh().registersClient().startsDeviceAuthorization(1, 600)
                .createsTokenAfter("authorization_pending");
        loginEnds();

        whoAmI();

        assertThat(fx.browsed).hasSize(1);
        assertThat(problems).isEmpty();
        assertThat(attempts).isEqualTo(1);
        assertRenewedUntilTheNewLoginsEnd();
    }

    @Test
    void cancellingTheDeviceFlowGivesUpWithTheExpiry() {
        fx.sso.refusesRefresh().registersClient().startsDeviceAuthorization(1, 600)
                .createsTokenAfter("authorization_pending");
        fx.cachedLogin(now.minusSeconds(60));
        fx.onBrowse = () -> fx.flow.login().cancel();

        whoAmIRefusedOnce();

        assertThat(answers).isEmpty();
        assertThat(attempts).as("not retried").isEqualTo(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AwsProblem.Kind.EXPIRED_SESSION);
            assertThat(p.code()).isEqualTo("ExpiredToken");
        });
        assertThat(state.current()).containsSame(signedIn);
        assertThat(calls.isRenewing()).isFalse();
    }

    @Test
    void cancellingAfterTheSessionsEndGivesUpWithTheExpiry() {
        fx.sso.refusesRefresh().registersClient().startsDeviceAuthorization(1, 600)
                .createsTokenAfter("authorization_pending");
        loginEnds();
        fx.onBrowse = () -> fx.flow.login().cancel();

        whoAmI();

        assertThat(attempts).isZero();
        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.kind()).isEqualTo(AwsProblem.Kind.EXPIRED_SESSION));
        assertThat(state.current()).containsSame(signedIn);
    }

    @Test
    void givingUpOnAnEndedSsoSessionSaysHowToLogInNotToTypeAnMfaCode() {
        fx.sso.refusesRefresh().registersClient().startsDeviceAuthorization(1, 600)
                .createsTokenAfter("authorization_pending");
        loginEnds();
        fx.onBrowse = () -> fx.flow.login().cancel();

        whoAmI();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.meaning() + " " + p.nextStep()).doesNotContain("MFA");
            assertThat(p.nextStep()).containsIgnoringCase("sign in");
        });
    }
}
