package org.spotspec.aws.launch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.spotspec.testing.AwsStub.read;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.DryRun;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.launch.LaunchSpec.Interruption;
import org.spotspec.aws.launch.LaunchSpec.Method;
import org.spotspec.aws.launch.LaunchSpec.RequestType;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.WireSession;

/**
 * Both launch APIs, the dry run and the form's lookups with the real SDK against a local EC2 over
 * HTTP answering with EC2's XML: what the form holds reaches the wire under EC2's parameter names.
 */
class LaunchServiceWireTest {
    private static final String RUN = "RunInstances";
    private static final String REQUEST = "RequestSpotInstances";
    private static final String AMI = "ami-0abcdef1234567890";
    private static final String SCRIPT = "#!/bin/bash\necho \"héllo\" > /tmp/greeting\n";
    private static final Instant UNTIL = Instant.parse("2030-01-02T03:04:00Z");
    /** Patient enough for a cold JVM on a busy machine; three attempts, as a retry is tested. */
    private static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(15), 3);

    @RegisterExtension
    final WireSession wire = new WireSession(SETTINGS);
    private final LaunchService service = new LaunchService();

    static LaunchSpec spec(Method method, String maxPrice, RequestType type, Interruption interruption) {
        var tags = new LinkedHashMap<String, String>();
        tags.put("Name", "ml-training");
        tags.put("team", "research");
        return new LaunchSpec(method, AMI, method == Method.RUN_INSTANCES ? "m5.large" : "c5.large",
                method == Method.RUN_INSTANCES ? 2 : 1, maxPrice, "ml-key",
                List.of("sg-0123456789abcdef0", "sg-0aaaabbbbccccdddd"), "subnet-0123456789abcdef0", "", SCRIPT,
                method == Method.RUN_INSTANCES ? "ml-profile"
                        : "arn:aws:iam::123456789012:instance-profile/ml-profile", type, interruption,
                type == RequestType.PERSISTENT ? Optional.of(UNTIL) : Optional.empty(), tags);
    }

    private static String runAnswer(String token) {
        return read("ec2-run-instances.xml").replace("${clientToken}", token);
    }

    /** The request's form parameters, decoded. */
    static Map<String, String> params(LoggedRequest request) {
        return AwsStub.form(request.getBodyAsString());
    }

    @Test
    void runInstancesSendsEveryFieldWithSpotMarketOptions() {
        wire.aws().ec2Page(RUN, null, null, runAnswer("token-run-1"));

        var result = service.launch(wire.session(), spec(Method.RUN_INSTANCES, "0.05", RequestType.PERSISTENT,
                Interruption.STOP), "token-run-1");

        assertThat(result.reservationId()).isEqualTo("r-0b1f5a3c2d4e6f789");
        assertThat(result.instanceIds()).containsExactly("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002");
        assertThat(result.requests()).containsExactly(
                new LaunchResult.SpotRequest("sir-a1b2c3d4", "", "", "i-0a1b2c3d4e5f60001"),
                new LaunchResult.SpotRequest("sir-e5f6a7b8", "", "", "i-0a1b2c3d4e5f60002"));
        var p = params(wire.aws().requests(RUN).get(0));
        assertThat(p).containsEntry("ImageId", AMI).containsEntry("InstanceType", "m5.large")
                .containsEntry("MinCount", "2").containsEntry("MaxCount", "2")
                .containsEntry("InstanceMarketOptions.MarketType", "spot")
                .containsEntry("InstanceMarketOptions.SpotOptions.MaxPrice", "0.05")
                .containsEntry("InstanceMarketOptions.SpotOptions.SpotInstanceType", "persistent")
                .containsEntry("InstanceMarketOptions.SpotOptions.InstanceInterruptionBehavior", "stop")
                .containsEntry("InstanceMarketOptions.SpotOptions.ValidUntil", "2030-01-02T03:04:00Z")
                .containsEntry("KeyName", "ml-key")
                .containsEntry("SecurityGroupId.1", "sg-0123456789abcdef0")
                .containsEntry("SecurityGroupId.2", "sg-0aaaabbbbccccdddd")
                .containsEntry("SubnetId", "subnet-0123456789abcdef0")
                .containsEntry("IamInstanceProfile.Name", "ml-profile")
                .containsEntry("ClientToken", "token-run-1")
                .containsEntry("TagSpecification.1.ResourceType", "instance")
                .containsEntry("TagSpecification.1.Tag.1.Key", "Name")
                .containsEntry("TagSpecification.1.Tag.1.Value", "ml-training")
                .containsEntry("TagSpecification.1.Tag.2.Key", "team")
                .containsEntry("TagSpecification.2.ResourceType", "spot-instances-request")
                .doesNotContainKey("DryRun");
        assertThat(new String(Base64.getDecoder().decode(p.get("UserData")), StandardCharsets.UTF_8))
                .isEqualTo(SCRIPT);
    }

    @Test
    void withoutAMaxPriceNoPriceIsSentAndAOneTimeRequestHasNoValidUntil() {
        wire.aws().ec2Page(RUN, null, null, runAnswer("token-run-2"));

        service.launch(wire.session(), spec(Method.RUN_INSTANCES, "", RequestType.ONE_TIME, Interruption.TERMINATE),
                "token-run-2");

        var p = params(wire.aws().requests(RUN).get(0));
        assertThat(p).containsEntry("InstanceMarketOptions.SpotOptions.SpotInstanceType", "one-time")
                .containsEntry("InstanceMarketOptions.SpotOptions.InstanceInterruptionBehavior", "terminate")
                .doesNotContainKeys("InstanceMarketOptions.SpotOptions.MaxPrice",
                        "InstanceMarketOptions.SpotOptions.ValidUntil");
    }

    @Test
    void requestSpotInstancesSendsTheLegacyLaunchSpecification() {
        wire.aws().ec2Page(REQUEST, null, null, read("ec2-request-spot-instances.xml"));

        var result = service.launch(wire.session(), spec(Method.REQUEST_SPOT_INSTANCES, "0.05", RequestType.PERSISTENT,
                Interruption.STOP), "token-request-1");

        assertThat(result.requests()).containsExactly(
                new LaunchResult.SpotRequest("sir-1a2b3c4d", "open", "pending-evaluation", ""));
        assertThat(result.instanceIds()).isEmpty();
        var p = params(wire.aws().requests(REQUEST).get(0));
        assertThat(p).containsEntry("SpotPrice", "0.05").containsEntry("InstanceCount", "1")
                .containsEntry("Type", "persistent").containsEntry("InstanceInterruptionBehavior", "stop")
                .containsEntry("ValidUntil", "2030-01-02T03:04:00Z")
                .containsEntry("LaunchSpecification.ImageId", AMI)
                .containsEntry("LaunchSpecification.InstanceType", "c5.large")
                .containsEntry("LaunchSpecification.KeyName", "ml-key")
                .containsEntry("LaunchSpecification.SecurityGroupId.1", "sg-0123456789abcdef0")
                .containsEntry("LaunchSpecification.SecurityGroupId.2", "sg-0aaaabbbbccccdddd")
                .containsEntry("LaunchSpecification.SubnetId", "subnet-0123456789abcdef0")
                .containsEntry("LaunchSpecification.IamInstanceProfile.Arn",
                        "arn:aws:iam::123456789012:instance-profile/ml-profile")
                .containsEntry("ClientToken", "token-request-1")
                .containsEntry("TagSpecification.1.ResourceType", "spot-instances-request")
                .containsEntry("TagSpecification.1.Tag.2.Value", "research");
        assertThat(new String(Base64.getDecoder().decode(p.get("LaunchSpecification.UserData")),
                StandardCharsets.UTF_8)).isEqualTo(SCRIPT);
    }

    @Test
    void aConnectionResetIsRetriedByTheSdkWithTheSameClientToken() {
        wire.aws().server().stubFor(AwsStub.action(RUN).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
        wire.aws().server().stubFor(AwsStub.action(RUN).inScenario("reset").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBody(runAnswer("token-once"))));

        var result = service.launch(wire.session(), spec(Method.RUN_INSTANCES, "", RequestType.ONE_TIME,
                Interruption.TERMINATE), "token-once");

        assertThat(result.instanceIds()).hasSize(2);
        var calls = wire.aws().requests(RUN);
        assertThat(calls).as("the reset attempt and the retry").hasSizeGreaterThanOrEqualTo(2);
        assertThat(calls).extracting(r -> params(r).get("ClientToken")).containsOnly("token-once");
    }

    @Test
    void aDryRunThatWouldSucceedIsReportedSoAndSendsDryRun() {
        wire.aws().ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

        var verdict = service.dryRun(wire.session(), spec(Method.RUN_INSTANCES, "0.05", RequestType.ONE_TIME,
                Interruption.TERMINATE));

        assertThat(verdict.outcome()).isEqualTo(DryRun.Outcome.WOULD_SUCCEED);
        assertThat(verdict.summary()).contains("would succeed");
        assertThat(params(wire.aws().requests(RUN).get(0))).containsEntry("DryRun", "true").containsEntry("ImageId", AMI);
    }

    @Test
    void aDryRunWithoutPermissionNamesTheMissingPermissionOfTheChosenApi() {
        wire.aws().ec2Error(REQUEST, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var verdict = service.dryRun(wire.session(), spec(Method.REQUEST_SPOT_INSTANCES, "", RequestType.ONE_TIME,
                Interruption.TERMINATE));

        assertThat(verdict.outcome()).isEqualTo(DryRun.Outcome.NOT_PERMITTED);
        assertThat(verdict.summary()).contains("you lack permission ec2:RequestSpotInstances");
        assertThat(params(wire.aws().requests(REQUEST).get(0))).containsEntry("DryRun", "true");
    }

    @Test
    void anUnauthorizedLaunchIsExplainedAsAPermissionProblem() {
        wire.aws().ec2Error(RUN, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var problem = launchFails(Method.RUN_INSTANCES);

        assertThat(problem.code()).isEqualTo("UnauthorizedOperation");
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.PERMISSION);
        assertThat(problem.requestId()).isEqualTo("ea966190-f9aa-478e-9ede-example");
    }

    @Test
    void anInvalidParameterIsExplainedWithAwsOwnWords() {
        wire.aws().ec2Error(RUN, 400, "InvalidParameterValue", "Value (m5.huge) for parameter instanceType is invalid.");

        var problem = launchFails(Method.RUN_INSTANCES);

        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_INPUT);
        assertThat(problem.awsMessage()).contains("instanceType");
        assertThat(wire.aws().count(RUN)).as("a client error is not retried").isEqualTo(1);
    }

    @Test
    void theSpotQuotaBeingExceededIsExplained() {
        wire.aws().ec2Error(REQUEST, 400, "MaxSpotInstanceCountExceeded", "Max spot instance count exceeded");

        var problem = launchFails(Method.REQUEST_SPOT_INSTANCES);

        assertThat(problem.code()).isEqualTo("MaxSpotInstanceCountExceeded");
        assertThat(problem.meaning()).contains("quota");
    }

    private AwsProblem launchFails(Method method) {
        var failure = catchThrowable(() -> service.launch(wire.session(), spec(method, "", RequestType.ONE_TIME,
                Interruption.TERMINATE), "token-fail"));
        assertThat(failure).isNotNull();
        return ErrorTranslator.translate("Launch spot instances", failure);
    }
}
