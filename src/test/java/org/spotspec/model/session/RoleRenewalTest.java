package org.spotspec.model.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.status.StatusState;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/** AwsCalls with an assumed role that has ended: assumed again, with or without a fresh code. */
class RoleRenewalTest {
    @TempDir
    Path home;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final MutableClock clock = new MutableClock(now);
    private final ActivityLog log = new ActivityLog(Runnable::run, clock);
    private final SessionState state = new SessionState(clock);
    private final List<MfaPrompter.Prompt> prompts = new ArrayList<>();
    private AwsStub aws;
    private RoleStub roles;
    private AwsClientFactory clients;
    private SessionService sessions;

    @BeforeEach
    void setUp() throws IOException {
        aws = new AwsStub();
        roles = new RoleStub(aws);
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/credentials"), "[dev]\naws_access_key_id = " + TestAws.KEY_ID
                + "\naws_secret_access_key = " + TestAws.SECRET + "\n");
        Files.writeString(home.resolve(".aws/config"), "[profile admin]\nrole_arn = " + RoleStub.ROLE_ARN
                + "\nsource_profile = dev\n\n[profile admin-mfa]\nrole_arn = " + RoleStub.ROLE_ARN
                + "\nsource_profile = dev\nmfa_serial = " + AwsStub.MFA_SERIAL + "\n");
        var env = TestAws.emptyEnvironment(home);
        clients = new AwsClientFactory(TestAws.fastSettings(), log, clock);
        sessions = new SessionService(clients, env, () -> new ProfileDiscovery(env).discover());
        roles.assumesSpotAdmin(now.plus(Duration.ofHours(1)));
    }

    @AfterEach
    void tearDown() {
        clients.close();
        aws.close();
    }

    private AwsCalls calls(Optional<Secret> answer) {
        MfaPrompter prompter = prompt -> {
            prompts.add(prompt);
            return answer;
        };
        return new AwsCalls(TaskRunner.inline(), state, sessions, prompter, new StatusState(log), log);
    }

    private void signIn(String profile, Optional<org.spotspec.aws.MfaRequest> mfa) {
        state.set(sessions.signIn(new SignInRequest(new CredentialSource.NamedProfile(profile), Region.EU_WEST_1, mfa,
                new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())))));
    }

    @Test
    void anEndedRoleWithoutMfaIsAssumedAgainWithoutAskingAndTheCallGoesOn() {
        signIn("admin", Optional.empty());
        var calls = calls(Optional.empty());
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        state.tick();

        var answers = new ArrayList<CallerIdentity>();
        calls.run("Who am I", sessions::whoAmI, answers::add);

        assertThat(prompts).isEmpty();
        assertThat(roles.requests()).hasSize(2);
        assertThat(answers).singleElement().satisfies(id -> assertThat(id.arn()).isEqualTo(RoleStub.ASSUMED_ARN));
    }

    @Test
    void anEndedRoleWithMfaAsksForAFreshCodeForTheRole() {
        signIn("admin-mfa", Optional.of(new org.spotspec.aws.MfaRequest(AwsStub.MFA_SERIAL, Secret.of(TestAws.MFA_CODE),
                3600)));
        var calls = calls(Optional.of(Secret.of("135791")));
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        state.tick();

        var answers = new ArrayList<CallerIdentity>();
        calls.run("Who am I", sessions::whoAmI, answers::add);

        assertThat(prompts).singleElement().satisfies(p -> {
            assertThat(p.serial()).isEqualTo(AwsStub.MFA_SERIAL);
            assertThat(p.source()).isEqualTo("role spot-admin (from profile dev, MFA)");
        });
        assertThat(RoleStub.form(roles.requests().get(1))).containsEntry("TokenCode", "135791");
        assertThat(answers).hasSize(1);
    }
}
