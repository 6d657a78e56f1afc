package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FakeCredentialProcess;
import org.spotspec.testing.TestAws;

/**
 * The command line's canary: runs sign-ins (code typed, code as an option, wrong code) and a
 * command on the MFA session with every logger at TRACE, then searches stdout, stderr and every
 * logged line for the fake secret key, session credentials and MFA codes.
 */
class CliSecretCanaryTest {
    private static final String WRONG_CODE = "864200";
    private static final List<String> CANARIES = List.of(TestAws.SECRET, TestAws.SESSION_SECRET,
            TestAws.SESSION_TOKEN, TestAws.MFA_CODE, WRONG_CODE);

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private final Map<Logger, Level> levels = new HashMap<>();
    private LoggedLines logged;

    @BeforeEach
    void everythingAtTrace() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLoggerList().forEach(l -> levels.put(l, l.getLevel()));
        context.getLoggerList().forEach(l -> l.setLevel(Level.TRACE));
        logged = LoggedLines.capture();
    }

    @AfterEach
    void restoreLevels() {
        logged.stop();
        levels.forEach(Logger::setLevel);
    }

    @Test
    void noSecretReachesOutputErrorsOrLogs() {
        cli.aws().sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, Instant.parse("2026-11-27T22:00:00Z"));
        cli.aws().ec2Page("DescribeSpotInstanceRequests", null, null,
                org.spotspec.testing.Ec2Fixtures.describeSpotRequests(null));
        var results = new ArrayList<CliHarness.Result>();
        results.add(cli.stdin(TestAws.MFA_CODE + "\n").run("whoami", "--mfa-serial", AwsStub.MFA_SERIAL, "--debug"));
        results.add(cli.stdin("").run("requests", "--mfa-serial", AwsStub.MFA_SERIAL, "--mfa-code", TestAws.MFA_CODE,
                "-v", "-o", "json"));
        cli.aws().stsError("GetSessionToken", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");
        results.add(cli.run("whoami", "--mfa-serial", AwsStub.MFA_SERIAL, "--mfa-code", WRONG_CODE));
        results.add(cli.run("whoami", "--mfa-serial", AwsStub.MFA_SERIAL, "--mfa-cod", WRONG_CODE));

        assertThat(results).extracting(CliHarness.Result::exitCode).containsExactly(0, 0, 1, 2);
        assertThat(logged.lines()).as("the runs logged").isNotEmpty();
        for (var canary : CANARIES) {
            assertThat(results).allSatisfy(r -> assertThat(r.all()).doesNotContain(canary));
            assertThat(logged.lines()).noneMatch(l -> l.contains(canary));
        }
    }

    @Test
    void noRoleCredentialOrCodeReachesOutputErrorsOrLogs() {
        var roles = new org.spotspec.testing.RoleStub(cli.aws());
        cli.env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null)
                .awsFile("config", "[profile admin]\nrole_arn = " + org.spotspec.testing.RoleStub.ROLE_ARN
                        + "\nsource_profile = dev\nmfa_serial = " + AwsStub.MFA_SERIAL + "\n")
                .awsFile("credentials", "[dev]\naws_access_key_id = " + TestAws.KEY_ID + "\naws_secret_access_key = "
                        + TestAws.SECRET + "\n");
        cli.aws().stsError("AssumeRole", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");
        var results = new ArrayList<CliHarness.Result>();
        results.add(cli.run("whoami", "--profile", "admin", "--mfa-code", WRONG_CODE, "--debug"));
        cli.aws().server().resetAll();
        roles.assumesSpotAdmin(Instant.parse("2026-11-27T22:00:00Z"));
        results.add(cli.stdin(TestAws.MFA_CODE + "\n").run("whoami", "--profile", "admin", "--debug", "-o", "json"));

        assertThat(results).extracting(CliHarness.Result::exitCode).containsExactly(1, 0);
        assertThat(logged.lines()).anyMatch(l -> l.contains("AssumeRole"));
        var canaries = new ArrayList<>(CANARIES);
        canaries.addAll(List.of(org.spotspec.testing.RoleStub.ROLE_SECRET, org.spotspec.testing.RoleStub.ROLE_TOKEN));
        for (var canary : canaries) {
            assertThat(results).allSatisfy(r -> assertThat(r.all()).doesNotContain(canary));
            assertThat(logged.lines()).noneMatch(l -> l.contains(canary));
        }
    }

    /**
     * A credential process prints the canary keys: used (whoami, a list), failing after printing
     * them, and printing them as broken JSON. Neither output, errors nor logs show them.
     */
    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void noSecretACredentialProcessPrintsReachesOutputErrorsOrLogs() throws java.io.IOException {
        var process = new FakeCredentialProcess(java.nio.file.Files.createDirectories(cli.home().resolve("bin")));
        var json = FakeCredentialProcess.json(TestAws.KEY_ID, TestAws.SECRET, TestAws.SESSION_TOKEN,
                Instant.now().plusSeconds(3600));
        cli.awsFile("config", "[profile proc]\nregion = eu-west-1\ncredential_process = " + process.command() + "\n");
        cli.aws().ec2Page("DescribeSpotInstanceRequests", null, null,
                org.spotspec.testing.Ec2Fixtures.describeSpotRequests(null));
        var results = new ArrayList<CliHarness.Result>();
        process.prints(json).complains("note: " + TestAws.SECRET);
        results.add(cli.run("whoami", "--profile", "proc", "--debug"));
        results.add(cli.run("requests", "--profile", "proc", "-v", "-o", "json"));
        process.exits(1);
        results.add(cli.run("whoami", "--profile", "proc", "--debug"));
        process.exits(0).prints(json.substring(0, json.length() - 20));
        results.add(cli.run("whoami", "--profile", "proc", "--debug"));

        assertThat(results).extracting(CliHarness.Result::exitCode).containsExactly(0, 0, 2, 2);
        assertThat(results.get(2).err()).contains("CredentialProcessFailed", "The process wrote: note: [redacted]");
        for (var canary : List.of(TestAws.SECRET, TestAws.SESSION_TOKEN)) {
            assertThat(results).allSatisfy(r -> assertThat(r.all()).doesNotContain(canary));
            assertThat(logged.lines()).noneMatch(l -> l.contains(canary));
        }
    }
}
