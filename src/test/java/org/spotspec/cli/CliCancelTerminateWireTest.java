package org.spotspec.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.cancelled;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;
import static org.spotspec.testing.Ec2Fixtures.terminating;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.TestAws;

/** {@code spotspec cancel} and {@code terminate} over the wire: the confirmation guard, the steps, exit codes. */
class CliCancelTerminateWireTest {
    private static final String CANCEL = "CancelSpotInstanceRequests";
    private static final String DESCRIBE = "DescribeSpotInstanceRequests";
    private static final String TERMINATE = "TerminateInstances";
    private static final String SIR = "sir-1a2b3c4d";
    private static final String INSTANCE = "i-0aaa1111bbbb22223";

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private void stubCleanup() {
        cli.aws().ec2Page(CANCEL, null, null, cancelled(SIR));
        cli.aws().ec2Page(DESCRIBE, null, null, describeSpotRequests(null,
                spotRequest(SIR, "cancelled", "request-canceled-and-instance-running", "persistent", INSTANCE)));
        cli.aws().ec2Page(TERMINATE, null, null, terminating(INSTANCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancel " + SIR, "cancel " + SIR + " --terminate-instances", "terminate " + INSTANCE})
    void withoutYesAndWithoutATerminalNothingIsSentAtAll(String args) {
        var result = cli.stdin("y\n").run(args.split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
        assertThat(result.err()).contains("Not confirmed, nothing was changed", "--yes");
        assertThat(result.out()).isEmpty();
        assertThat(cli.requestCount()).isZero();
    }

    /** The first describe (before the cancel) lists the instance, the one after no longer does. */
    private void stubInstanceGoneAfterCancel(String withoutInstance) {
        var scenario = "describe-after-cancel";
        cli.aws().server().stubFor(AwsStub.action(DESCRIBE).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withBody(describeSpotRequests(null,
                        spotRequest(SIR, "active", "fulfilled", "persistent", INSTANCE),
                        spotRequest(withoutInstance, "open", "pending-fulfillment", "one-time", ""))))
                .willSetStateTo("cancelled"));
        cli.aws().server().stubFor(AwsStub.action(DESCRIBE).inScenario(scenario).whenScenarioStateIs("cancelled")
                .willReturn(aResponse().withStatus(200).withBody(describeSpotRequests(null,
                        spotRequest(SIR, "cancelled", "request-canceled-and-instance-running", "persistent", ""),
                        spotRequest(withoutInstance, "cancelled", "canceled-before-fulfillment", "one-time", "")))));
    }

    @Test
    void anInstanceTheRequestNoLongerListsAfterTheCancelIsStillTerminatedAndNoInstanceIsSaidPlainly() {
        var other = "sir-2b3c4d5e";
        stubInstanceGoneAfterCancel(other);
        cli.aws().ec2Page(CANCEL, null, null, cancelled(SIR, other));
        cli.aws().ec2Page(TERMINATE, null, null, terminating(INSTANCE));

        var result = cli.run("cancel", SIR, other, "--terminate-instances", "--yes", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.aws().count(DESCRIBE)).as("read before and after the cancel").isEqualTo(2);
        assertThat(AwsStub.form(cli.bodies(TERMINATE).get(0))).containsEntry("InstanceId.1", INSTANCE);
        assertThat(Parsed.csv(result.out())).extracting(r -> r.get("step") + " " + r.get("id") + " " + r.get("result"))
                .containsExactly("cancel " + SIR + " done", "cancel " + other + " done",
                        "terminate " + other + " no-instance", "terminate " + INSTANCE + " done");
        assertThat(result.out()).contains("no instance, before or after the cancel: nothing to terminate");
    }

    private void stubMfaCleanupExpiringAtTerminate() {
        cli.aws().sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, Instant.parse("2026-11-27T11:00:00Z"));
        cli.aws().ec2Page(CANCEL, null, null, cancelled(SIR));
        cli.aws().ec2Page(DESCRIBE, null, null, describeSpotRequests(null,
                spotRequest(SIR, "cancelled", "request-canceled-and-instance-running", "persistent", INSTANCE)));
        cli.aws().ec2ExpiresOnce(TERMINATE, terminating(INSTANCE));
    }

    @Test
    void whenTheMfaSessionEndsBeforeTheTerminateACodeFromTheTerminalRenewsItAndTheTerminateGoesOn() {
        stubMfaCleanupExpiringAtTerminate();

        var result = cli.terminal(true).stdin("654321\n").run("cancel", SIR, "--terminate-instances", "--yes",
                "--mfa-serial", AwsStub.MFA_SERIAL, "--mfa-code", TestAws.MFA_CODE, "-o", "csv");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).contains("MFA session has expired", "MFA code for " + AwsStub.MFA_SERIAL);
        assertThat(cli.bodies("GetSessionToken")).hasSize(2);
        assertThat(cli.bodies("GetSessionToken").get(1)).contains("TokenCode=654321");
        assertThat(cli.bodies(CANCEL)).hasSize(1);
        assertThat(cli.bodies(TERMINATE)).hasSize(2);
        assertThat(Parsed.csv(result.out())).extracting(r -> r.get("step") + " " + r.get("id") + " " + r.get("result"))
                .containsExactly("cancel " + SIR + " done", "terminate " + INSTANCE + " done");
        assertThat(result.all()).doesNotContain("654321", TestAws.MFA_CODE, TestAws.SESSION_SECRET);
    }

    @Test
    void withoutATerminalAnExpiredSessionAtTheTerminateIsReportedNotAsked() {
        stubMfaCleanupExpiringAtTerminate();

        var result = cli.run("cancel", SIR, "--terminate-instances", "--yes",
                "--mfa-serial", AwsStub.MFA_SERIAL, "--mfa-code", TestAws.MFA_CODE, "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(cli.bodies("GetSessionToken")).hasSize(1);
        assertThat(Parsed.csv(result.out())).extracting(r -> r.get("id") + " " + r.get("result"))
                .containsExactly(SIR + " done", INSTANCE + " failed");
        assertThat(result.err()).contains("ExpiredToken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n\n", "\n", "maybe\n", ""})
    void onATerminalAnythingButYesLeavesEverythingAsItIs(String answer) {
        stubCleanup();

        var result = cli.terminal(true).stdin(answer).run("cancel", SIR, "--terminate-instances");

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
        assertThat(result.err()).contains("About to cancel 1 spot request in eu-west-1: " + SIR,
                "then terminate 1 instance: " + INSTANCE, "Proceed? [y/N]");
        assertThat(cli.bodies(CANCEL)).isEmpty();
        assertThat(cli.bodies(TERMINATE)).isEmpty();
    }

    @Test
    void answeringYesCancelsThenTerminatesTheInstances() {
        stubCleanup();

        var result = cli.terminal(true).stdin("yes\n").run("cancel", SIR, "--terminate-instances");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(cli.aws().server().getAllServeEvents()).isNotEmpty();
        assertThat(AwsStub.form(cli.bodies(CANCEL).get(0))).containsEntry("SpotInstanceRequestId.1", SIR);
        assertThat(AwsStub.form(cli.bodies(TERMINATE).get(0))).containsEntry("InstanceId.1", INSTANCE);
        assertThat(result.out().lines()).containsExactly(
                "STEP       ID                   RESULT  STATE                    DETAIL",
                "cancel     sir-1a2b3c4d         done    cancelled                -",
                "terminate  i-0aaa1111bbbb22223  done    running → shutting-down  -");
    }

    @Test
    void withYesNoQuestionIsAskedAndJsonReportsEachStep() {
        stubCleanup();

        var result = cli.run("cancel", SIR, "--terminate-instances", "--yes", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(Parsed.json(result.out())).extracting(o -> o.get("step") + " " + o.get("id") + " " + o.get("result"))
                .containsExactly("cancel " + SIR + " done", "terminate " + INSTANCE + " done");
    }

    @Test
    void anUnknownIdAmongGoodOnesIsAPartialFailure() {
        cli.aws().server().stubFor(AwsStub.action(TERMINATE).withRequestBody(containing("i-0bbb1111bbbb22223"))
                .willReturn(aResponse().withStatus(400).withBody(AwsStub.ec2ErrorBody("InvalidInstanceID.NotFound",
                        "The instance ID 'i-0bbb1111bbbb22223' does not exist"))));
        cli.aws().server().stubFor(AwsStub.action(TERMINATE).withRequestBody(notContaining("i-0bbb1111bbbb22223"))
                .willReturn(aResponse().withStatus(200).withBody(terminating(INSTANCE))));

        var result = cli.run("terminate", INSTANCE, "i-0bbb1111bbbb22223", "-y", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(Parsed.csv(result.out())).extracting(r -> r.get("id") + " " + r.get("result"))
                .containsExactly(INSTANCE + " done", "i-0bbb1111bbbb22223 not-found");
        assertThat(result.err()).contains("i-0bbb1111bbbb22223: Not found", "InvalidInstanceID.NotFound");
    }

    @ParameterizedTest
    @CsvSource({
        "cancel, " + SIR + ", " + CANCEL + ", 412, DryRunOperation, 0, would-succeed",
        "cancel, " + SIR + ", " + CANCEL + ", 403, UnauthorizedOperation, 3, not-permitted",
        "terminate, " + INSTANCE + ", " + TERMINATE + ", 412, DryRunOperation, 0, would-succeed",
        "terminate, " + INSTANCE + ", " + TERMINATE + ", 403, UnauthorizedOperation, 3, not-permitted"})
    void aDryRunNeedsNoConfirmationAndItsVerdictIsTheExitCode(String command, String id, String action, int status,
                                                               String code, int exit, String verdict) {
        cli.aws().ec2Error(action, status, code, "dry run");

        var result = cli.run(command, id, "--dry-run", "-o", "json");

        assertThat(result.exitCode()).isEqualTo(exit);
        assertThat(AwsStub.form(cli.bodies(action).get(0))).containsEntry("DryRun", "true");
        assertThat(Parsed.json(result.out())).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("id", id).containsEntry("result", verdict));
    }

    @ParameterizedTest
    @CsvSource({
        "cancel, " + SIR + ", " + CANCEL + ", Cancel spot requests",
        "terminate, " + INSTANCE + ", " + TERMINATE + ", Terminate instances"})
    void aCallRejectedAsAWholeIsAnAwsError(String command, String id, String action, String headline) {
        cli.aws().ec2Error(action, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var result = cli.run(command, id, "--yes", "-o", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCode.AWS_ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(headline + " failed: UnauthorizedOperation",
                "Request id: ea966190-f9aa-478e-9ede-example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancel i-0aaa1111bbbb22223", "terminate sir-1a2b3c4d", "terminate i-xyz", "cancel"})
    void malformedOrMissingIdsAreUsageErrors(String args) {
        var result = cli.run((args + " --yes").split(" "));

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.requestCount()).isZero();
    }
}
