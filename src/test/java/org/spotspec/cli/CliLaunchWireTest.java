package org.spotspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spotspec.testing.AwsStub;

/** {@code spotspec launch} over the wire: both APIs, every form field as an option, dry runs, errors. */
class CliLaunchWireTest {
    private static final String RUN = "RunInstances";
    private static final String REQUEST = "RequestSpotInstances";
    private static final String AMI = "ami-0abcdef1234567890";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    @Test
    void runInstancesSendsEveryOptionAndPrintsTheInstances() throws IOException {
        cli.aws().ec2Page(RUN, "eu-west-1", null, read("ec2-run-instances.xml").replace("${clientToken}", "ci-42"));
        var script = cli.home().resolve("boot.sh");
        Files.writeString(script, "#!/bin/sh\necho hello\n");

        var result = cli.run("launch", "--image", AMI, "-t", "m5.large", "-n", "2", "--max-price", ".05",
                "--key-name", "ml-key", "--security-group", "sg-0123456789abcdef0,sg-0aaaabbbbccccdddd",
                "--subnet", "subnet-0123456789abcdef0", "--user-data-file", script.toString(),
                "--instance-profile", "ml-profile", "--tag", "Name=ml-training", "--tag", "team=research",
                "--persistent", "--interruption", "stop", "--valid-until", "2026-12-31T18:00Z", "--client-token", "ci-42",
                "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        var p = AwsStub.form(cli.bodies(RUN).get(0));
        assertThat(p).containsEntry("ImageId", AMI).containsEntry("InstanceType", "m5.large")
                .containsEntry("MinCount", "2").containsEntry("MaxCount", "2")
                .containsEntry("InstanceMarketOptions.MarketType", "spot")
                .containsEntry("InstanceMarketOptions.SpotOptions.MaxPrice", "0.05")
                .containsEntry("InstanceMarketOptions.SpotOptions.SpotInstanceType", "persistent")
                .containsEntry("InstanceMarketOptions.SpotOptions.InstanceInterruptionBehavior", "stop")
                .containsEntry("InstanceMarketOptions.SpotOptions.ValidUntil", "2026-12-31T18:00:00Z")
                .containsEntry("KeyName", "ml-key").containsEntry("SecurityGroupId.2", "sg-0aaaabbbbccccdddd")
                .containsEntry("SubnetId", "subnet-0123456789abcdef0")
                .containsEntry("IamInstanceProfile.Name", "ml-profile").containsEntry("ClientToken", "ci-42")
                .containsEntry("TagSpecification.1.Tag.2.Value", "research").doesNotContainKey("DryRun");
        assertThat(new String(Base64.getDecoder().decode(p.get("UserData")), StandardCharsets.UTF_8))
                .isEqualTo("#!/bin/sh\necho hello\n");
        assertThat(Parsed.json(result.out())).extracting(o -> o.get("instanceId") + " " + o.get("spotRequestId"))
                .containsExactly("i-0a1b2c3d4e5f60001 sir-a1b2c3d4", "i-0a1b2c3d4e5f60002 sir-e5f6a7b8");
        assertThat(result.err()).contains("Launched 2 spot instances", "client token ci-42");
    }

    @Test
    void requestSpotInstancesUsesTheLegacyApiAndPrintsTheRequests() {
        cli.aws().ec2Page(REQUEST, "eu-west-1", null, read("ec2-request-spot-instances.xml"));

        var result = cli.run("launch", "--api", "request-spot-instances", "--ami", AMI, "-t", "c5.large",
                "--max-price", "0.05", "--az", "eu-west-1b", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(AwsStub.form(cli.bodies(REQUEST).get(0))).containsEntry("LaunchSpecification.ImageId", AMI)
                .containsEntry("LaunchSpecification.InstanceType", "c5.large").containsEntry("SpotPrice", "0.05")
                .containsEntry("LaunchSpecification.Placement.AvailabilityZone", "eu-west-1b")
                .containsEntry("Type", "one-time").containsKey("ClientToken");
        assertThat(Parsed.csv(result.out())).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("spot_request_id", "sir-1a2b3c4d").containsEntry("state", "open")
                .containsEntry("status_code", "pending-evaluation").containsEntry("api", "RequestSpotInstances"));
    }

    @ParameterizedTest
    @CsvSource({
        "412, DryRunOperation, Request would have succeeded but DryRun flag is set., 0, would-succeed",
        "403, UnauthorizedOperation, You are not authorized to perform this operation., 3, not-permitted"})
    void aDryRunSendsDryRunAndItsVerdictIsTheExitCode(int status, String code, String message, int exit,
                                                       String verdict) {
        cli.aws().ec2Error(RUN, status, code, message);

        var result = cli.run("launch", "--image", AMI, "-t", "m5.large", "--dry-run", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(exit);
        assertThat(AwsStub.form(cli.bodies(RUN).get(0))).containsEntry("DryRun", "true");
        assertThat(Parsed.json(result.out())).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("dryRun", verdict).containsEntry("permission", "ec2:RunInstances"));
        if (exit != 0) {
            assertThat(result.err()).contains("UnauthorizedOperation", "You lack permission ec2:RunInstances",
                    "Request id: ea966190-f9aa-478e-9ede-example");
        }
    }

    @Test
    void aDryRunAsATableSaysWhatWasChecked() {
        cli.aws().ec2Error(REQUEST, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

        var result = cli.run("launch", "--api", "REQUEST_SPOT_INSTANCES", "--image", AMI, "-t", "m5.large",
                "--dry-run");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines()).containsExactly(
                "API                   RESULT         PERMISSION                MESSAGE",
                "RequestSpotInstances  would-succeed  ec2:RequestSpotInstances  Dry run: would succeed (nothing was changed).");
        assertThat(AwsStub.form(cli.bodies(REQUEST).get(0))).containsEntry("DryRun", "true");
    }

    @Test
    void ec2RejectingTheLaunchIsAnAwsError() {
        cli.aws().ec2Error(RUN, 400, "InvalidAMIID.NotFound", "The image id '[ami-0abcdef1234567890]' does not exist");

        var result = cli.run("launch", "--image", AMI, "-t", "m5.large");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("Launch failed: InvalidAMIID.NotFound", "does not exist",
                "Request id: ea966190-f9aa-478e-9ede-example");
    }

    @Test
    void aLaunchWhoseAnswerWasLostSaysHowToRetryWithTheSameToken() {
        cli.aws().ec2Error(RUN, 500, "InternalError", "An internal error has occurred");

        var result = cli.run("launch", "--image", AMI, "-t", "m5.large", "--client-token", "ci-7");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("Launch failed: InternalError",
                "may have happened", "run the same command with --client-token ci-7", "spotspec instances");
        assertThat(cli.bodies(RUN)).isNotEmpty().allSatisfy(
                body -> assertThat(AwsStub.form(body)).containsEntry("ClientToken", "ci-7"));
    }

    @Test
    void aConnectionResetDuringARequestForSpotInstancesNamesTheGeneratedToken() {
        cli.aws().server().stubFor(AwsStub.action(REQUEST)
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var result = cli.run("launch", "--api", "request-spot-instances", "--image", AMI, "-t", "m5.large");

        var token = AwsStub.form(cli.bodies(REQUEST).get(0)).get("ClientToken");
        assertThat(token).isNotBlank();
        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.err()).contains("--client-token " + token, "spotspec requests");
    }

    @Test
    void aRefusedLaunchOrADryRunNeedsNoRetryToken() {
        cli.aws().ec2Error(REQUEST, 400, "InvalidAMIID.NotFound", "The image id does not exist");
        var refused = cli.run("launch", "--api", "request-spot-instances", "--image", AMI, "-t", "m5.large");
        cli.aws().ec2Error(RUN, 503, "Unavailable", "The service is unavailable");
        var dryRun = cli.run("launch", "--image", AMI, "-t", "m5.large", "--dry-run");

        assertThat(refused.err()).contains("InvalidAMIID.NotFound").doesNotContain("--client-token");
        assertThat(dryRun.err()).contains("Unavailable").doesNotContain("--client-token");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--image ami-123 -t m5.large|--image",
        "--image " + AMI + " -t large|--type",
        "--image " + AMI + " -t m5.large -n 0|--count",
        "--image " + AMI + " -t m5.large --max-price 0.0001|--max-price",
        "--image " + AMI + " -t m5.large --security-group sg-1|--security-group",
        "--image " + AMI + " -t m5.large --subnet subnet-0123456789abcdef0 --az eu-west-1a|--az",
        "--image " + AMI + " -t m5.large --interruption stop|--interruption",
        "--image " + AMI + " -t m5.large --persistent|--interruption",
        "--image " + AMI + " -t m5.large --valid-until 2026-12-31|--valid-until",
        "--image " + AMI + " -t m5.large --persistent --interruption stop --valid-until 2026-11-01T00:00Z|in the future",
        "--image " + AMI + " -t m5.large --valid-until 2026-12-31T25:00Z|--valid-until",
        "--image " + AMI + " -t m5.large --tag aws:x=1|--tag",
        "--image " + AMI + " -t m5.large --instance-profile a/b|--instance-profile",
        "--image " + AMI + " -t m5.large --user-data-file /no/such/file|--user-data-file",
        "--image " + AMI + " -t m5.large --api fleet|--api",
        "-t m5.large|--image"})
    void theFormsRulesRejectBadOptionsBeforeAnyRequest(String args, String named) {
        var result = cli.run(("launch " + args).split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(named);
        assertThat(cli.requestCount()).isZero();
    }
}
