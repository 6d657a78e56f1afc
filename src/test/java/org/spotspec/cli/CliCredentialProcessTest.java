package org.spotspec.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.FakeCredentialProcess;
import org.spotspec.testing.TestAws;

/**
 * {@code --profile} with a credential_process profile, the process a real script: whoami says
 * so, other commands sign with its credentials, its mfa_serial asks for nothing, and its
 * failures are explained with its standard error.
 */
@DisabledOnOs(OS.WINDOWS)
class CliCredentialProcessTest {
    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private FakeCredentialProcess process;

    @BeforeEach
    void profile() throws IOException {
        process = new FakeCredentialProcess(Files.createDirectories(cli.home().resolve("bin")));
        process.prints(FakeCredentialProcess.json(TestAws.KEY_ID, TestAws.SECRET, TestAws.SESSION_TOKEN,
                // The process's expiry is checked against the real clock, not the harness's fixed one.
                Instant.now().plus(Duration.ofHours(1))));
        cli.env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null).env("AWS_REGION", null)
                .awsFile("config", "[profile proc]\nregion = eu-central-1\nmfa_serial = " + AwsStub.MFA_SERIAL
                        + "\ncredential_process = " + process.command() + " --role spot\n");
    }

    @Test
    void whoamiSaysTheCredentialsComeFromTheProcess() {
        var table = cli.run("whoami", "--profile", "proc");

        assertThat(table.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(table.err()).as("no MFA prompt: the process's mfa_serial is its own").isEmpty();
        assertThat(table.out().lines().toList().get(1)).contains("eu-central-1", "profile proc (credential process)",
                "false");
        var json = Parsed.json(cli.run("whoami", "--profile", "proc", "-o", "json").out());
        assertThat(json).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("credentials", "profile proc (credential process)")
                .containsEntry("mfaSession", false).containsEntry("expires", null));
        assertThat(cli.bodies("GetSessionToken")).isEmpty();
        assertThat(process.args()).containsExactly("--role", "spot");
    }

    @Test
    void everyCommandSignsWithTheProcesssCredentials() {
        cli.aws().ec2Page("DescribeSpotInstanceRequests", null, null, Ec2Fixtures.describeSpotRequests(null));

        var result = cli.run("requests", "--profile", "proc", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        cli.aws().server().verify(AwsStub.calls("DescribeSpotInstanceRequests")
                .withHeader("X-Amz-Security-Token", equalTo(TestAws.SESSION_TOKEN))
                .withHeader("Authorization", containing("Credential=" + TestAws.KEY_ID)));
        assertThat(result.all()).doesNotContain(TestAws.SECRET, TestAws.SESSION_TOKEN);
    }

    @Test
    void aFailingProcessIsExplainedWithItsStandardErrorAndNothingIsSent() {
        process.exits(4).complains("Your session has ended. Run: tool login");

        var result = cli.run("whoami", "--profile", "proc");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("Sign in failed: CredentialProcessFailed", "profile 'proc'", "exit code 4",
                "The process wrote: Your session has ended. Run: tool login");
        assertThat(result.all()).doesNotContain(TestAws.SECRET, TestAws.SESSION_TOKEN);
        assertThat(cli.requestCount()).isZero();
    }

    @Test
    void anMfaSessionFromTheProcesssTemporaryCredentialsIsRefusedBeforeSending() {
        var result = cli.run("whoami", "--profile", "proc", "--mfa-serial", AwsStub.MFA_SERIAL, "--mfa-code",
                TestAws.MFA_CODE);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("MfaNeedsLongTermKeys", "temporary credentials");
        assertThat(result.all()).doesNotContain(TestAws.MFA_CODE);
        assertThat(cli.requestCount()).isZero();
    }
}
