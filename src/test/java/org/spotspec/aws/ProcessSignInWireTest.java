package org.spotspec.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.spotspec.testing.TestAws.KEY_ID;
import static org.spotspec.testing.TestAws.MFA_CODE;
import static org.spotspec.testing.TestAws.SECRET;
import static org.spotspec.testing.TestAws.SESSION_TOKEN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FakeCredentialProcess;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/**
 * Sign-in with a profile whose credential_process is a real child process, against a local STS
 * over HTTP: the process's credentials sign the calls, the session has no countdown and says
 * where its credentials come from, an MFA session is refused before any request, and a process
 * failing inside an AWS call is explained as the process's problem.
 */
@DisabledOnOs(OS.WINDOWS)
class ProcessSignInWireTest {
    @TempDir
    Path home;
    @TempDir
    Path bin;

    private AwsStub aws;
    private AwsClientFactory clients;
    private SessionService service;
    private FakeCredentialProcess process;
    private Environment env;

    @BeforeEach
    void setUp() throws IOException {
        aws = new AwsStub();
        process = new FakeCredentialProcess(bin);
        process.prints(FakeCredentialProcess.json(KEY_ID, SECRET, SESSION_TOKEN,
                Instant.now().plus(Duration.ofHours(1))));
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[profile proc]\nregion = eu-west-1\nmfa_serial = "
                + AwsStub.MFA_SERIAL + "\ncredential_process = " + process.command() + " --account build\n");
        env = TestAws.emptyEnvironment(home);
        clients = new AwsClientFactory(TestAws.fastSettings(), r -> { }, Clock.systemUTC());
        service = new SessionService(clients, env, () -> new ProfileDiscovery(env).discover());
    }

    @AfterEach
    void tearDown() {
        clients.close();
        aws.close();
    }

    private SignInRequest request(Optional<MfaRequest> mfa) {
        return new SignInRequest(new CredentialSource.NamedProfile("proc"), Region.EU_WEST_1, mfa,
                new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri())));
    }

    @Test
    void theProcesssCredentialsSignTheCallsAsTheyAre() {
        aws.callerIdentity();

        try (var session = service.signIn(request(Optional.empty()))) {
            assertThat(session.identity().arn()).isEqualTo(AwsStub.ARN);
            assertThat(session.isMfaSession()).isFalse();
            assertThat(session.expiresAt()).as("no countdown: the provider fetches again").isEmpty();
            assertThat(SourceLabels.isCredentialProcess(session)).isTrue();
            assertThat(SourceLabels.label(session)).isEqualTo("profile proc (credential process)");
            assertThat(session.toString()).doesNotContain(SECRET, SESSION_TOKEN);
        }
        aws.server().verify(AwsStub.calls("GetCallerIdentity")
                .withHeader("X-Amz-Security-Token", equalTo(SESSION_TOKEN))
                .withHeader("Authorization", containing("Credential=" + KEY_ID)));
        assertThat(process.args()).containsExactly("--account", "build");
        assertThat(process.runs()).isEqualTo(1);
    }

    @Test
    void theProfilesMfaSerialIsLeftToTheProcess() {
        var profile = new ProfileDiscovery(env).discover().find("proc").orElseThrow();
        assertThat(profile.kind()).isEqualTo(ProfileInfo.Kind.PROCESS);
        assertThat(profile.mfaSerial()).isEmpty();
        assertThat(profile.summary()).isEqualTo("proc — credential process, eu-west-1");
    }

    @Test
    void anMfaSessionFromTemporaryCredentialsIsRefusedBeforeAnyRequest() {
        var mfa = Optional.of(new MfaRequest(AwsStub.MFA_SERIAL, Secret.of(MFA_CODE), 3600));

        var problem = ErrorTranslator.translate("Sign in", catchThrowable(() -> service.signIn(request(mfa))));

        assertThat(problem.code()).isEqualTo("MfaNeedsLongTermKeys");
        assertThat(problem.meaning()).contains("profile proc (credential process)", "temporary credentials",
                "Nothing was sent");
        assertThat(aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void aProcessThatFailsAtSignInIsExplained() {
        process.exits(2).complains("SSO session expired: run 'aws sso login'");

        var problem = ErrorTranslator.translate("Sign in", catchThrowable(() -> service.signIn(request(Optional.empty()))));

        assertThat(problem.headline()).isEqualTo("Sign in failed: CredentialProcessFailed");
        assertThat(problem.details()).contains("exit code 2", "SSO session expired: run 'aws sso login'")
                .doesNotContain(SECRET, SESSION_TOKEN);
        assertThat(aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void aProcessThatFailsDuringACallIsExplainedAsTheProcesssProblem() {
        process.exits(1).complains("no credentials today");
        var provider = ProcessCredentials.inHome("proc", process.command(), home);
        var identity = new CallerIdentity(AwsStub.ACCOUNT, AwsStub.ARN, "AIDAEXAMPLE");
        try (var session = AwsSession.withKnownIdentity(request(Optional.empty()), provider, Optional.empty(),
                identity, clients)) {
            var failure = catchThrowable(() -> session.sts().getCallerIdentity());

            var problem = ErrorTranslator.translate("Refresh identity", failure);
            assertThat(problem.code()).isEqualTo("CredentialProcessFailed");
            assertThat(problem.details()).contains("no credentials today");
        }
        assertThat(aws.server().getAllServeEvents()).isEmpty();
    }
}
