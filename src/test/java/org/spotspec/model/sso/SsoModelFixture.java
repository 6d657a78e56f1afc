package org.spotspec.model.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SsoLogins;
import org.spotspec.aws.SsoTokenCache;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.SsoStub;
import org.spotspec.testing.TestAws;
import org.spotspec.wiring.SsoWiring;
import software.amazon.awssdk.regions.Region;

/**
 * The IAM Identity Center models as the app wires them ({@link SsoWiring}), without a toolkit:
 * inline tasks, {@code Runnable::run} as the FX executor, polls that do not wait, and a browser
 * that records the pages it is asked to open. Real HTTP to WireMock; a home folder of the test's own
 * with profiles {@code work} (names account and role), {@code pick} (names neither), {@code admin} (a role
 * assumed from {@code work}) and {@code dev} (keys).
 */
final class SsoModelFixture implements AutoCloseable {
    final Path home;
    final AwsStub aws = new AwsStub();
    final SsoStub sso = new SsoStub(aws);
    final Environment env;
    final AwsClientFactory clients = new AwsClientFactory(TestAws.fastSettings(), CallJournal.none(), Clock.systemUTC());
    final SsoLogins logins = new SsoLogins();
    final SessionService sessions;
    final List<String> browsed = new CopyOnWriteArrayList<>();
    /** Runs when the browser is asked to open the page: a test may cancel from there, as a user would. */
    volatile Runnable onBrowse = () -> { };
    final SsoSignInFlow flow;

    SsoModelFixture(Path home) {
        this.home = home;
        this.env = TestAws.emptyEnvironment(home);
        writeConfig();
        sessions = new SessionService(clients, env, () -> new ProfileDiscovery(env).discover(), logins);
        var hooks = new SsoWiring.Hooks(url -> {
            browsed.add(url);
            onBrowse.run();
            return true;
        }, d -> Duration.ZERO);
        flow = SsoWiring.flow(TaskRunner.inline(), clients, env, () -> new ProfileDiscovery(env).discover(), logins,
                Runnable::run, Clock.systemUTC(), hooks);
    }

    private void writeConfig() {
        try {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws/config"), "[profile work]\nsso_session = corp\n"
                    + "sso_account_id = " + SsoStub.ACCOUNT + "\nsso_role_name = " + SsoStub.ROLE + "\nregion = eu-west-1\n"
                    + "[profile pick]\nsso_session = corp\n"
                    + "[profile admin]\nrole_arn = " + org.spotspec.testing.RoleStub.ROLE_ARN + "\nsource_profile = work\n"
                    + "[sso-session corp]\nsso_start_url = " + SsoStub.START_URL + "\nsso_region = eu-west-1\n");
            Files.writeString(home.resolve(".aws/credentials"), "[dev]\naws_access_key_id = " + TestAws.KEY_ID
                    + "\naws_secret_access_key = " + TestAws.SECRET + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * AwsCalls as the app wires them to renew through {@link SsoRenewal}, inline; MFA prompts are
     * recorded in {@code prompts} and answered with no code.
     */
    org.spotspec.model.session.AwsCalls renewingCalls(org.spotspec.model.session.SessionState state,
            org.spotspec.model.activity.ActivityLog log, List<org.spotspec.model.session.MfaPrompter.Prompt> prompts) {
        return new org.spotspec.model.session.AwsCalls(TaskRunner.inline(), state, sessions, prompt -> {
            prompts.add(prompt);
            return Optional.empty();
        }, SsoWiring.renewal(TaskRunner.inline(), sessions, flow, log), new org.spotspec.model.status.StatusState(log),
                log);
    }

    /** The AWS CLI's cache file of the {@code corp} sso-session. */
    Path cacheFile() {
        return SsoTokenCache.inHome(home).file("corp");
    }

    /** A login in the AWS CLI's cache (as {@code aws sso login} leaves it), ending at {@code expiresAt}. */
    void cachedLogin(Instant expiresAt) {
        try {
            Files.createDirectories(cacheFile().getParent());
            Files.writeString(cacheFile(), SsoStub.cacheJson(SsoStub.START_URL, expiresAt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SignInRequest request(String profile) {
        return new SignInRequest(new CredentialSource.NamedProfile(profile), Region.EU_WEST_1, Optional.empty(),
                new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())));
    }

    /** How many requests reached {@code path} (e.g. {@code /device_authorization}). */
    long calls(String path) {
        return aws.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith(path)).count();
    }

    @Override
    public void close() {
        clients.close();
        aws.close();
    }
}
