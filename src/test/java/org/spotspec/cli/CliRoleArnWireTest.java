package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.TestAws;

/** {@code --role-arn}: a role assumed from any source without a profile naming it, over the wire. */
class CliRoleArnWireTest {
    private static final String EXPIRES = "2026-11-27T22:00:00Z";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private RoleStub roles;

    @BeforeEach
    void keysInTheEnvironment() {
        roles = new RoleStub(cli.aws());
        roles.assumesSpotAdmin(Instant.parse(EXPIRES));
        cli.env("AWS_ACCESS_KEY_ID", TestAws.KEY_ID).env("AWS_SECRET_ACCESS_KEY", TestAws.SECRET)
                .env("AWS_REGION", "eu-central-1");
    }

    @Test
    void whoamiWithARoleArnAndAnMfaCodeAssumesTheRoleWithTheEnvironmentsKey() {
        var logged = LoggedLines.capture();
        CliHarness.Result result;
        try {
            result = cli.run("whoami", "--role-arn", RoleStub.ROLE_ARN, "--external-id", "spot-ext-1",
                    "--mfa-serial", AwsStub.MFA_SERIAL, "--mfa-code", TestAws.MFA_CODE, "--debug", "-o", "json");
        } finally {
            logged.stop();
        }

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        var call = roles.requests().get(0);
        assertThat(RoleStub.signedBy(call)).isEqualTo(TestAws.KEY_ID);
        assertThat(RoleStub.form(call)).containsEntry("RoleArn", RoleStub.ROLE_ARN)
                .containsEntry("ExternalId", "spot-ext-1").containsEntry("SerialNumber", AwsStub.MFA_SERIAL)
                .containsEntry("TokenCode", TestAws.MFA_CODE).containsEntry("DurationSeconds", "3600");
        assertThat(cli.bodies("GetSessionToken")).isEmpty();
        assertThat(Parsed.json(result.out())).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("arn", RoleStub.ASSUMED_ARN)
                .containsEntry("credentials", "assumed role (role ARN, from environment)")
                .containsEntry("mfaSession", true).containsEntry("expires", EXPIRES));
        assertThat(result.all()).doesNotContain(TestAws.MFA_CODE, TestAws.SECRET, RoleStub.ROLE_SECRET,
                RoleStub.ROLE_TOKEN);
        assertThat(logged.lines()).anyMatch(l -> l.contains("given by its ARN"))
                .noneMatch(l -> l.contains(TestAws.MFA_CODE) || l.contains(TestAws.SECRET)
                        || l.contains(RoleStub.ROLE_SECRET) || l.contains(RoleStub.ROLE_TOKEN));
    }

    @Test
    void withoutMfaTheDurationGoesToAssumeRole() {
        var result = cli.run("whoami", "--role-arn", RoleStub.ROLE_ARN, "--duration", "2h");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(RoleStub.form(roles.requests().get(0))).containsEntry("DurationSeconds", "7200")
                .doesNotContainKey("TokenCode").doesNotContainKey("ExternalId");
        assertThat(result.out()).contains(RoleStub.ASSUMED_ARN, "assumed role (role ARN, from environment)");
    }

    @Test
    void aRoleArnAfterAnAccessKeyProfileStartsFromThatProfile() {
        cli.env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null)
                .awsFile("credentials", "[dev]\naws_access_key_id = " + TestAws.KEY_ID + "\naws_secret_access_key = "
                        + TestAws.SECRET + "\n");

        var result = cli.run("whoami", "--profile", "dev", "--role-arn", RoleStub.ROLE_ARN);

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(RoleStub.signedBy(roles.requests().get(0))).isEqualTo(TestAws.KEY_ID);
        assertThat(result.out()).contains("assumed role (role ARN, from profile dev)");
    }

    @Test
    void aMalformedRoleArnIsRefusedBeforeAnyCall() {
        var result = cli.run("whoami", "--role-arn", "arn:aws:iam::1234:role/x");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--role-arn", "12-digit");
        assertThat(roles.requests()).isEmpty();
        assertThat(cli.bodies("GetCallerIdentity")).isEmpty();
    }

    @Test
    void accessDeniedNamesTheRoleArnAndSaysHowToSendACode() {
        cli.aws().stsError("AssumeRole", 403, "AccessDenied",
                "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole");

        var result = cli.run("whoami", "--role-arn", RoleStub.ROLE_ARN);

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("AccessDenied", RoleStub.ROLE_ARN, "trust policy", "--mfa-serial")
                .doesNotContain("profile role ARN");
    }

    @Test
    void anExternalIdWithoutARoleIsAUsageError() {
        var result = cli.run("whoami", "--external-id", "x1");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--external-id goes with --role-arn");
    }
}
