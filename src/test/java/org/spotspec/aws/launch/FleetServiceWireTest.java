package org.spotspec.aws.launch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.spotspec.testing.AwsStub.read;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.DryRun;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.launch.FleetSpec.Strategy;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.WireSession;

/**
 * EC2 Fleet (instant) with the real SDK against a local EC2 over HTTP answering with EC2's XML:
 * the template and the fleet on the wire, partial success per pool, idempotent retries, the dry
 * run, the types-from-requirements preview and the errors' explanations.
 */
class FleetServiceWireTest {
    private static final String TEMPLATE = "CreateLaunchTemplate";
    private static final String FLEET = "CreateFleet";
    private static final String TYPES = "GetInstanceTypesFromInstanceRequirements";
    private static final String AMI = "ami-0abcdef1234567890";
    private static final String SUBNET_A = "subnet-0123456789abcdef0";
    private static final String SUBNET_B = "subnet-0fedcba9876543210";
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    /** Three attempts, as a retry is tested. */
    private static final ClientSettings SETTINGS = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(15), 3);

    @RegisterExtension
    final WireSession wire = new WireSession(SETTINGS);
    private final FleetService service = new FleetService(Clock.fixed(NOW, ZoneOffset.UTC), new Random(7));

    static FleetSpec spec(String template) {
        return new FleetSpec(template.isEmpty() ? AMI : "", List.of("m5.large", "c5.large"),
                List.of(SUBNET_A, SUBNET_B), List.of(), 4, 1, Strategy.PRICE_CAPACITY_OPTIMIZED, "0.05",
                template.isEmpty() ? "ml-key" : "", template.isEmpty() ? List.of("sg-0123456789abcdef0") : List.of(),
                template.isEmpty() ? "#!/bin/sh\necho hi\n" : "", template.isEmpty() ? "ml-profile" : "",
                Map.of("Name", "fleet-test"), template, template.isEmpty() ? "" : "$Latest");
    }

    private void templateAnswers() {
        wire.aws().ec2Page(TEMPLATE, null, null, read("ec2-create-launch-template.xml").replace("${name}",
                "spotspec-20261127-100000-abcd"));
    }

    private Map<String, String> sent(String action, int index) {
        return AwsStub.form(wire.aws().bodies(action).get(index));
    }

    @Test
    void createsATaggedTemplateThenAnInstantFleetOverEveryTypeAndSubnet() {
        templateAnswers();
        wire.aws().ec2Page(FLEET, null, null, read("ec2-create-fleet-partial.xml"));

        var result = service.launch(wire.session(), spec(""), "token-fleet-1");

        var t = sent(TEMPLATE, 0);
        assertThat(t.get("LaunchTemplateName")).matches("spotspec-20261127-100000-[a-z0-9]{4}");
        assertThat(t).containsEntry("LaunchTemplateData.ImageId", AMI)
                .containsEntry("LaunchTemplateData.KeyName", "ml-key")
                .containsEntry("LaunchTemplateData.SecurityGroupId.1", "sg-0123456789abcdef0")
                .containsEntry("LaunchTemplateData.IamInstanceProfile.Name", "ml-profile")
                .containsEntry("TagSpecification.1.ResourceType", "launch-template")
                .containsEntry("TagSpecification.1.Tag.1.Key", "spotspec:created-by")
                .containsEntry("TagSpecification.1.Tag.1.Value", "spotspec")
                .containsEntry("ClientToken", "token-fleet-1").doesNotContainKey("DryRun");
        assertThat(new String(Base64.getDecoder().decode(t.get("LaunchTemplateData.UserData")),
                StandardCharsets.UTF_8)).isEqualTo("#!/bin/sh\necho hi\n");
        var f = sent(FLEET, 0);
        var c = "LaunchTemplateConfigs.1.";
        assertThat(f).containsEntry("Type", "instant").containsEntry("ClientToken", "token-fleet-1")
                .containsEntry(c + "LaunchTemplateSpecification.LaunchTemplateId", "lt-0a20c965061f64abc")
                .containsEntry(c + "LaunchTemplateSpecification.Version", "1")
                .containsEntry(c + "Overrides.1.InstanceType", "m5.large").containsEntry(c + "Overrides.1.SubnetId", SUBNET_A)
                .containsEntry(c + "Overrides.2.InstanceType", "m5.large").containsEntry(c + "Overrides.2.SubnetId", SUBNET_B)
                .containsEntry(c + "Overrides.3.InstanceType", "c5.large").containsEntry(c + "Overrides.3.SubnetId", SUBNET_A)
                .containsEntry(c + "Overrides.4.InstanceType", "c5.large").containsEntry(c + "Overrides.4.SubnetId", SUBNET_B)
                .containsEntry(c + "Overrides.4.MaxPrice", "0.05").doesNotContainKey(c + "Overrides.5.InstanceType")
                .containsEntry("TargetCapacitySpecification.TotalTargetCapacity", "4")
                .containsEntry("TargetCapacitySpecification.OnDemandTargetCapacity", "1")
                .containsEntry("TargetCapacitySpecification.SpotTargetCapacity", "3")
                .containsEntry("TargetCapacitySpecification.DefaultTargetCapacityType", "spot")
                .containsEntry("SpotOptions.AllocationStrategy", "price-capacity-optimized")
                .containsEntry("TagSpecification.1.ResourceType", "instance")
                .containsEntry("TagSpecification.1.Tag.1.Value", "fleet-test");
        assertThat(result.template()).isEqualTo(new FleetTemplate("lt-0a20c965061f64abc",
                "spotspec-20261127-100000-abcd", "1", true));
        assertThat(result.fleetId()).isEqualTo("fleet-7a3c1f2e-5b6d-4e8f-9a0b-1c2d3e4f5a6b");
        assertThat(result.launched()).containsExactly(
                new FleetResult.Launched(new FleetSpec.Pool("c5.large", SUBNET_B, ""), "spot",
                        List.of("i-0f1e2d3c4b5a60001", "i-0f1e2d3c4b5a60002")),
                new FleetResult.Launched(new FleetSpec.Pool("c5.large", SUBNET_A, ""), "on-demand",
                        List.of("i-0f1e2d3c4b5a60003")));
        assertThat(result.errors()).extracting(e -> e.pool().label() + " " + e.lifecycle() + " " + e.code()
                + " " + e.isCapacity()).containsExactly(
                "m5.large in " + SUBNET_A + " spot InsufficientInstanceCapacity true",
                "m5.large in " + SUBNET_B + " spot SpotMaxPriceTooLow false");
        assertThat(result.outcome()).isEqualTo(FleetResult.Outcome.PARTIAL);
        assertThat(result.hasCapacityErrors()).isTrue();
        assertThat(result.summary()).contains("launched 3 of 4", "2 pools failed", "spotspec-20261127-100000-abcd");
    }

    @Test
    void anExistingTemplateIsUsedByNameWithoutCreatingOne() {
        wire.aws().ec2Page(FLEET, null, null, read("ec2-create-fleet-partial.xml"));

        var result = service.launch(wire.session(), spec("my-workers"), "token-fleet-2");

        assertThat(wire.aws().count(TEMPLATE)).isZero();
        assertThat(sent(FLEET, 0)).containsEntry("LaunchTemplateConfigs.1.LaunchTemplateSpecification"
                + ".LaunchTemplateName", "my-workers")
                .containsEntry("LaunchTemplateConfigs.1.LaunchTemplateSpecification.Version", "$Latest")
                .doesNotContainKey("LaunchTemplateConfigs.1.LaunchTemplateSpecification.LaunchTemplateId");
        assertThat(result.template().created()).isFalse();
    }

    @Test
    void anSdkRetryOfCreateFleetCarriesTheSameClientToken() {
        templateAnswers();
        wire.aws().server().stubFor(AwsStub.action(FLEET).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                        .withBody(AwsStub.ec2ErrorBody("InternalError", "An internal error has occurred")))
                .willSetStateTo("recovered"));
        wire.aws().server().stubFor(AwsStub.action(FLEET).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                        .withBody(read("ec2-create-fleet-partial.xml"))));

        var result = service.launch(wire.session(), spec(""), "token-once");

        assertThat(result.instanceIds()).hasSize(3);
        var calls = wire.aws().requests(FLEET);
        assertThat(calls).as("the failed attempt and the retry").hasSize(2);
        assertThat(calls).extracting(r -> AwsStub.form(r.getBodyAsString()).get("ClientToken"))
                .containsOnly("token-once");
        assertThat(wire.aws().count(TEMPLATE)).isOne();
    }

    @Test
    void aDryRunChecksTheTemplateAndCreatesNothing() {
        wire.aws().ec2Error(TEMPLATE, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

        var checks = service.dryRun(wire.session(), spec(""));

        assertThat(checks).extracting(FleetCheck::action, FleetCheck::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CreateLaunchTemplate", "would-succeed"),
                        org.assertj.core.groups.Tuple.tuple("CreateFleet", "not-checked"));
        assertThat(checks.get(1).summary()).contains("needs the launch template to exist", "ec2:RunInstances");
        assertThat(sent(TEMPLATE, 0)).containsEntry("DryRun", "true");
        assertThat(wire.aws().count(FLEET)).isZero();
    }

    @Test
    void aDryRunWithAnExistingTemplateChecksCreateFleetAndNamesAMissingPermission() {
        wire.aws().ec2Error(FLEET, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var checks = service.dryRun(wire.session(), spec("lt-0a20c965061f64abc"));

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.verdict().outcome()).isEqualTo(DryRun.Outcome.NOT_PERMITTED);
            assertThat(c.summary()).contains("ec2:CreateFleet");
        });
        assertThat(sent(FLEET, 0)).containsEntry("DryRun", "true").containsEntry("Type", "instant")
                .containsEntry("LaunchTemplateConfigs.1.LaunchTemplateSpecification.LaunchTemplateId",
                        "lt-0a20c965061f64abc");
        assertThat(wire.aws().count(TEMPLATE)).isZero();
    }

    @Test
    void typesFromRequirementsReadsEveryPage() {
        wire.aws().ec2Page(TYPES, null, null, read("ec2-instance-types-from-requirements-page1.xml"));
        wire.aws().ec2Page(TYPES, null, "eyJ2IjoiMSIsImMiOiJwYWdlMiJ9",
                read("ec2-instance-types-from-requirements-page2.xml"));

        var types = service.typesFromRequirements(wire.session(), new TypeRequirements(2, 4, 4096, 16384, ""));

        assertThat(types).containsExactly("c5.xlarge", "c5a.xlarge", "m5.large", "m6i.large");
        var first = sent(TYPES, 0);
        assertThat(first).containsEntry("InstanceRequirements.VCpuCount.Min", "2")
                .containsEntry("InstanceRequirements.VCpuCount.Max", "4")
                .containsEntry("InstanceRequirements.MemoryMiB.Min", "4096")
                .containsEntry("InstanceRequirements.MemoryMiB.Max", "16384")
                .containsEntry("ArchitectureType.1", "x86_64").containsEntry("VirtualizationType.1", "hvm");
        assertThat(wire.aws().requests(TYPES)).hasSize(2);
    }

    @Test
    void aTakenTemplateNameIsExplained() {
        wire.aws().ec2Error(TEMPLATE, 400, "InvalidLaunchTemplateName.AlreadyExistsException",
                "Launch template name already in use.");

        var thrown = catchThrowable(() -> service.launch(wire.session(), spec(""), "token-3"));
        var problem = ErrorTranslator.translate("Launch fleet", thrown);

        assertThat(problem.code()).isEqualTo("InvalidLaunchTemplateName.AlreadyExistsException");
        assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_INPUT);
        assertThat(problem.meaning()).contains("already exists");
        assertThat(problem.nextStep()).contains("--launch-template");
        assertThat(wire.aws().count(FLEET)).isZero();
    }

    @Test
    void aFleetConfigErrorAndAnUnknownTemplateAreExplained() {
        wire.aws().ec2Error(FLEET, 400, "InvalidLaunchTemplateName.NotFoundException",
                "The specified launch template, with template name my-workers, does not exist.");

        var problem = ErrorTranslator.translate("Launch fleet",
                catchThrowable(() -> service.launch(wire.session(), spec("my-workers"), "token-4")));

        assertThat(problem.meaning()).contains("no launch template");
        assertThat(problem.awsMessage()).contains("my-workers");
        assertThat(FleetErrors.isCapacity("capacity-not-available")).isTrue();
        assertThat(FleetErrors.isCapacity("Unsupported")).isTrue();
        assertThat(FleetErrors.isCapacity("InsufficientCapacity")).isTrue();
        assertThat(FleetErrors.isCapacity("SpotMaxPriceTooLow")).isFalse();
    }
}
