package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.TestAws;

/**
 * Sign-in from the command line, over the wire: whoami in every format, the MFA prompt reading
 * the code from standard input, a code given as an option never shown, profiles with mfa_serial,
 * and what goes wrong (AWS's refusal, a wrong option) with its exit code.
 */
class CliSignInWireTest {
    private static final String SERIAL = AwsStub.MFA_SERIAL;
    private static final String EXPIRES = "2026-11-27T22:00:00Z";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    @Test
    void whoamiPrintsTheIdentityAsAnAlignedTable() {
        var result = cli.run("whoami");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        var lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("ACCOUNT       ARN").contains("REGION", "MFA SESSION");
        assertThat(lines.get(1)).startsWith("123456789012  " + AwsStub.ARN).contains("eu-west-1", "environment");
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
        assertThat(lines.get(0).indexOf("REGION")).isEqualTo(lines.get(1).indexOf("eu-west-1"));
        assertThat(result.err()).isEmpty();
        assertThat(cli.bodies("GetSessionToken")).isEmpty();
    }

    @Test
    void whoamiAsJsonAndCsvParses() {
        var json = Parsed.json(cli.run("whoami", "-o", "json").out());
        assertThat(json).singleElement().satisfies(o -> {
            assertThat(o).containsEntry("account", "123456789012").containsEntry("arn", AwsStub.ARN)
                    .containsEntry("region", "eu-west-1").containsEntry("mfaSession", false)
                    .containsEntry("expires", null);
        });
        var csv = Parsed.csv(cli.run("whoami", "--output", "CSV").out());
        assertThat(csv).singleElement().satisfies(r -> assertThat(r).containsEntry("account", "123456789012")
                .containsEntry("mfa_session", "false").containsEntry("user_id", "AIDACKCEVSQ6C2EXAMPLE"));
    }

    @Test
    void withAnMfaDeviceAndNoCodeTheCodeIsAskedForAndReadFromStandardInput() {
        cli.aws().sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, Instant.parse(EXPIRES));

        var result = cli.stdin(TestAws.MFA_CODE + "\n").run("whoami", "--mfa-serial", SERIAL, "--duration", "1h",
                "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).startsWith("MFA code for " + SERIAL + ": ");
        assertThat(cli.bodies("GetSessionToken")).singleElement().asString().contains(
                "TokenCode=" + TestAws.MFA_CODE, "SerialNumber=" + encoded(SERIAL), "DurationSeconds=3600");
        assertThat(Parsed.json(result.out())).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("mfaSession", true).containsEntry("expires", EXPIRES));
        assertThat(result.out()).doesNotContain(TestAws.MFA_CODE, TestAws.SESSION_TOKEN, TestAws.SESSION_SECRET);
    }

    @Test
    void theProfilesMfaSerialIsUsedAndACodeGivenAsAnOptionIsNeverPrinted() {
        cli.aws().sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, Instant.parse(EXPIRES));
        cli.env("AWS_ACCESS_KEY_ID", null).env("AWS_SECRET_ACCESS_KEY", null).env("AWS_REGION", null)
                .awsFile("config", "[profile dev]\nregion = eu-central-1\nmfa_serial = " + SERIAL + "\n")
                .awsFile("credentials", "[dev]\naws_access_key_id = " + TestAws.KEY_ID + "\naws_secret_access_key = "
                        + TestAws.SECRET + "\n");

        var logged = LoggedLines.capture();
        CliHarness.Result result;
        try {
            result = cli.run("whoami", "--profile", "dev", "--mfa-code", TestAws.MFA_CODE, "--verbose");
        } finally {
            logged.stop();
        }

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.bodies("GetSessionToken")).singleElement().asString()
                .contains("TokenCode=" + TestAws.MFA_CODE, "SerialNumber=" + encoded(SERIAL), "DurationSeconds=43200");
        assertThat(result.out()).contains("eu-central-1", "profile dev", "true");
        assertThat(result.all()).doesNotContain(TestAws.MFA_CODE, TestAws.SECRET, TestAws.SESSION_TOKEN,
                TestAws.SESSION_SECRET).doesNotContain("MFA code for");
        assertThat(logged.lines()).anyMatch(l -> l.contains("GetSessionToken"))
                .noneMatch(l -> l.contains(TestAws.MFA_CODE));
    }

    @Test
    void aWrongMfaCodeIsAnAwsErrorWithItsCodeMeaningAndRequestId() {
        cli.aws().stsError("GetSessionToken", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");

        var result = cli.stdin("111111\n").run("whoami", "--mfa-serial", SERIAL);

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Sign in failed: AccessDenied", "The MFA code was wrong",
                "Request id: c6104cbe-af31-11e0-8154-cbc7ccf896c7").doesNotContain("111111");
    }

    @Test
    void noCodeOnStandardInputIsAUsageErrorAndNothingIsSent() {
        var result = cli.run("whoami", "--mfa-serial", SERIAL);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("No MFA code");
        assertThat(cli.requestCount()).isZero();
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(new String[] {"whoami", "--region", "Europe"}, "--region"),
                Arguments.of(new String[] {"whoami", "--endpoint-url", "localhost:4566"}, "--endpoint-url"),
                Arguments.of(new String[] {"whoami", "--duration", "48h"}, "--duration"),
                Arguments.of(new String[] {"whoami", "--mfa-serial", SERIAL, "--mfa-code", "12345"}, "--mfa-code"),
                Arguments.of(new String[] {"whoami", "--mfa-code", "123456"}, "--mfa-code needs an MFA device"),
                Arguments.of(new String[] {"whoami", "--output", "yaml"}, "--output"),
                Arguments.of(new String[] {"whoami", "--no-such-option"}, "--no-such-option"),
                Arguments.of(new String[] {"terminate", "i-0aaa1111bbbb22223", "--region", "eu-west-1,us-east-1"},
                        "one region at a time"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void aWrongOptionIsAUsageErrorNamingItAndNothingIsSent(String[] args, String named) {
        var result = cli.run(args);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(named).contains("--help");
        assertThat(result.out()).isEmpty();
        assertThat(result.all()).doesNotContain("123456").doesNotContain("12345'");
        assertThat(cli.requestCount()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "whoami --profile nope|--profile: there is no profile named 'nope' in",
        "whoami|No credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and there is no profile "
                + "'default'"})
    void noUsableCredentialsIsAUsageErrorSayingWhereItLooked(String args, String message) {
        var result = cli.env("AWS_ACCESS_KEY_ID", null).run(args.split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(message, cli.home().resolve(".aws").resolve("credentials").toString());
        assertThat(cli.requestCount()).isZero();
    }

    @Test
    void aProfileWithoutKeysIsExplainedAsInTheApp() {
        cli.env("AWS_ACCESS_KEY_ID", null).awsFile("config", "[profile empty]\nregion = eu-west-1\n");

        var result = cli.run("whoami", "--profile", "empty");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("Sign in failed: NoCredentials", "gave no usable credentials");
        assertThat(cli.requestCount()).isZero();
    }

    @Test
    void noRegionAnywhereIsAUsageError() {
        var result = cli.env("AWS_REGION", null).run("whoami");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("No region");
    }

    @Test
    void badKeysAreAnAwsErrorWithTheAppsExplanation() {
        cli.aws().stsError("GetCallerIdentity", 403, "InvalidClientTokenId",
                "The security token included in the request is invalid.");

        var result = cli.run("whoami");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("spotspec: Sign in failed: InvalidClientTokenId",
                "What to do:", "HTTP status: 403", "Request id: c6104cbe-af31-11e0-8154-cbc7ccf896c7");
        assertThat(result.err()).doesNotContain(TestAws.SECRET);
    }

    @Test
    void anErrorTheSdkCannotReadIsStillNamedByItsCode() {
        cli.aws().server().stubFor(AwsStub.action("GetCallerIdentity").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
                        .withHeader("Content-Type", "text/html").withBody("<?xml version=\"1.0\" encoding=\"utf-8\"?><ErrorResponse><Errors><Error>"
                                + "<Code>InvalidClientTokenId</Code><Message>The security token included in the "
                                + "request is invalid.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>")));

        var result = cli.run("whoami");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("spotspec: Sign in failed: InvalidClientTokenId",
                "AWS said: The security token included in the request is invalid.", "HTTP status: 403")
                .doesNotContain("not an AWS response", TestAws.SECRET);
    }

    @Test
    void anEc2ErrorInStsShapeIsNamedByItsCode() {
        cli.aws().server().stubFor(AwsStub.action("DescribeInstances").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
                        .withHeader("Content-Type", "text/html").withBody("<ErrorResponse><Error><Code>AuthFailure"
                                + "</Code><Message>AWS was not able to validate the provided access credentials"
                                + "</Message></Error><RequestId>b1c2-example</RequestId></ErrorResponse>")));

        var result = cli.run("instances");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("failed: AuthFailure", "Request id: b1c2-example")
                .doesNotContain("not an AWS response");
    }

    @Test
    void aDeadEndpointPointsAtTheOptionThatSetIt() {
        var result = cli.run("whoami", "--endpoint-url", "http://127.0.0.1:9");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("Sign in failed: ConnectionRefused", "(--endpoint-url, AWS_ENDPOINT_URL)")
                .doesNotContain("under Advanced");
    }

    @Test
    void versionAndHelpNeedNoAws() {
        var version = cli.run("whoami", "--version");
        var help = cli.run("cancel", "--help");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("SpotSpec \\S+\\R");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--terminate-instances", "--yes", "--dry-run", "Exit codes:",
                "4  not confirmed");
        assertThat(cli.requestCount()).isZero();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
