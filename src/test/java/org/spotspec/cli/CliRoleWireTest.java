package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.TestAws;

/** {@code whoami} with role profiles, over the wire: the code to AssumeRole, the role named, secrets kept. */
class CliRoleWireTest {
    private static final String EXPIRES = "2026-11-27T22:00:00Z";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private RoleStub roles;

    @BeforeEach
    void roleProfiles() {
        roles = new RoleStub(cli.aws());
        roles.assumesSpotAdmin(Instant.parse(EXPIRES));
        cli.env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null).env("AWS_REGION", null)
                .awsFile("config", String.join("\n", "[profile role-with-mfa]", "region = eu-central-1",
                        "role_arn = " + RoleStub.ROLE_ARN, "source_profile = dev", "mfa_serial = " + AwsStub.MFA_SERIAL,
                        "", "[profile role]", "region = eu-central-1", "role_arn = " + RoleStub.ROLE_ARN,
                        "source_profile = dev", "duration_seconds = 1800", ""))
                .awsFile("credentials", "[dev]\naws_access_key_id = " + TestAws.KEY_ID + "\naws_secret_access_key = "
                        + TestAws.SECRET + "\n");
    }

    @Test
    void whoamiWithARoleProfileAndAnMfaCodeAssumesTheRoleAndNamesIt() {
        var logged = LoggedLines.capture();
        CliHarness.Result result;
        try {
            result = cli.run("whoami", "--profile", "role-with-mfa", "--mfa-code", TestAws.MFA_CODE, "--verbose",
                    "-o", "json");
        } finally {
            logged.stop();
        }

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        var sent = RoleStub.form(roles.requests().get(0));
        assertThat(sent).containsEntry("TokenCode", TestAws.MFA_CODE).containsEntry("SerialNumber", AwsStub.MFA_SERIAL)
                .containsEntry("DurationSeconds", "3600");
        assertThat(cli.bodies("GetSessionToken")).isEmpty();
        assertThat(Parsed.json(result.out())).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("arn", RoleStub.ASSUMED_ARN).containsEntry("credentials", "assumed role (profile role-with-mfa)")
                .containsEntry("mfaSession", true).containsEntry("expires", EXPIRES));
        assertThat(result.all()).doesNotContain(TestAws.MFA_CODE, TestAws.SECRET, RoleStub.ROLE_SECRET,
                RoleStub.ROLE_TOKEN);
        assertThat(logged.lines()).anyMatch(l -> l.contains("AssumeRole"))
                .noneMatch(l -> l.contains(TestAws.MFA_CODE) || l.contains(RoleStub.ROLE_SECRET)
                        || l.contains(RoleStub.ROLE_TOKEN));
    }

    @Test
    void theCodeIsAskedForOnStandardInputAndTheTableNamesTheRole() {
        var result = cli.stdin(TestAws.MFA_CODE + "\n").run("whoami", "--profile", "role-with-mfa", "--duration", "2h");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).startsWith("MFA code for " + AwsStub.MFA_SERIAL + ": ");
        assertThat(RoleStub.form(roles.requests().get(0))).containsEntry("DurationSeconds", "7200");
        assertThat(result.out()).contains(RoleStub.ASSUMED_ARN, "assumed role (profile role-with-mfa)");
    }

    @Test
    void aRoleWithoutMfaUsesItsDurationSecondsAndAsksNothing() {
        var result = cli.run("whoami", "--profile", "role");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(RoleStub.form(roles.requests().get(0))).containsEntry("DurationSeconds", "1800")
                .doesNotContainKey("TokenCode");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aDurationOverTwelveHoursIsRefusedBeforeAnyCall() {
        var result = cli.run("whoami", "--profile", "role-with-mfa", "--mfa-code", TestAws.MFA_CODE, "--duration", "24h");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--duration", "12h");
        assertThat(roles.requests()).isEmpty();
    }

    @Test
    void awsRefusingTheDurationSaysSoAndNamesTheMaximum() {
        cli.aws().stsError("AssumeRole", 400, "ValidationError",
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

        var result = cli.run("whoami", "--profile", "role-with-mfa", "--mfa-code", TestAws.MFA_CODE, "--duration", "4h");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("ValidationError", "longer than the role allows", "1 h")
                .doesNotContain(TestAws.MFA_CODE);
    }
}
