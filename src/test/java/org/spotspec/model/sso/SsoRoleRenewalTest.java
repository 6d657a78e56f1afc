package org.spotspec.model.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.MfaPrompter;
import org.spotspec.model.session.SessionState;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.SsoStub;

/**
 * A role assumed from an SSO profile ({@code admin}, from {@code work}) whose IAM Identity Center
 * login has ended by the time the role's session does: the role cannot be assumed again until the
 * user logs in again, so the renewal runs the device-code flow first, then assumes the role again.
 */
class SsoRoleRenewalTest {
    private static final String NEW_TOKEN = "aoaSSONEWLOGINcanary0123456789";
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
    private RoleStub roles;
    private AwsCalls calls;
    private AwsSession signedIn;

    @BeforeEach
    void signIn() {
        fx = new SsoModelFixture(home);
        fx.cachedLogin(now.plus(Duration.ofHours(1)));
        // Role credentials close to their end are fetched again at each use, with the login of the moment.
        fx.sso.givesRoleCredentials(Instant.now().plusSeconds(60));
        roles = new RoleStub(fx.aws);
        roles.assumesSpotAdmin(now.plus(Duration.ofHours(1)));
        fx.aws.callerIdentity();
        signedIn = fx.sessions.signIn(fx.request("admin"));
        state.set(signedIn);
        calls = fx.renewingCalls(state, log, prompts);
    }

    @AfterEach
    void tearDown() {
        Thread.interrupted(); // a cancelled poll leaves the (inline) task's thread interrupted
        state.clear();
        fx.close();
    }

    /** The login behind the role ends (no refresh either), and so does the role's session. */
    private void bothEnd() {
        fx.sso.refusesRefresh().registersClient().startsDeviceAuthorization(1, 600)
                .createsTokenAfter("authorization_pending");
        fx.cachedLogin(now.minusSeconds(60));
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        state.tick();
        assertThat(state.isExpired()).isTrue();
    }

    @Test
    void theDeviceFlowRunsThenTheRoleIsAssumedAgainAndTheCallGoesOn() {
        assertThat(signedIn.ssoSourceLogin()).isPresent();
        assertThat(signedIn.ssoLogin()).as("a role, not an SSO session").isEmpty();
        bothEnd();
        roles.assumesSpotAdmin(now.plus(Duration.ofHours(3)));

        calls.run("Who am I", fx.sessions::whoAmI, answers::add, problems::add);

        assertThat(fx.browsed).containsExactly("https://device.sso.eu-west-1.amazonaws.com/?user_code="
                + SsoStub.USER_CODE);
        assertThat(problems).isEmpty();
        assertThat(answers).hasSize(1);
        assertThat(prompts).as("the role takes no MFA code").isEmpty();
        assertThat(roles.requests()).as("assumed at sign-in, then again").hasSize(2);
        assertThat(RoleStub.signedBy(roles.requests().get(1))).isEqualTo(SsoStub.ROLE_KEY_ID);
        var renewed = state.current().orElseThrow();
        assertThat(renewed).isNotSameAs(signedIn);
        assertThat(renewed.assumedRole()).isPresent();
        assertThat(state.isExpired()).isFalse();
    }

    @Test
    void aLoginThePortalRefusesIsReplacedThoughItWouldLastLonger() {
        fx.sso.registersClient().startsDeviceAuthorization(1, 600)
                .refusesTheLoginForANewOne(NEW_TOKEN, Instant.now().plusSeconds(60));
        clock.advance(Duration.ofHours(1).plusSeconds(1)); // the role's session ends; the cached login has not
        state.tick();
        roles.assumesSpotAdmin(now.plus(Duration.ofHours(3)));

        calls.run("Who am I", fx.sessions::whoAmI, answers::add, problems::add);

        assertThat(fx.browsed).as("a new login, not the refused one").hasSize(1);
        assertThat(problems).isEmpty();
        assertThat(answers).hasSize(1);
        assertThat(roles.requests()).hasSize(2);
    }

    @Test
    void cancellingTheDeviceFlowGivesUpOnceWithTheLoginsWords() {
        bothEnd();
        fx.onBrowse = () -> fx.flow.login().cancel();

        calls.run("Who am I", fx.sessions::whoAmI, answers::add, problems::add);

        assertThat(fx.browsed).hasSize(1);
        assertThat(answers).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.kind())
                .isEqualTo(AwsProblem.Kind.EXPIRED_SESSION));
        assertThat(roles.requests()).as("not assumed again").hasSize(1);
        assertThat(state.current()).containsSame(signedIn);
        assertThat(calls.isRenewing()).isFalse();
    }
}
