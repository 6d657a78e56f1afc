package org.spotspec.model.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.launch.FleetSpec;
import org.spotspec.aws.launch.FleetSpec.Strategy;
import org.spotspec.aws.launch.LaunchSpec;

/** The Fleet way's fields: their rules, the pools they make, what a launch template fixes, the way chooser. */
class FleetFormTest {
    private static final String AMI = "ami-0abcdef1234567890";
    private final LaunchForm base = new LaunchForm(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC),
            ZoneOffset.UTC);
    private final FleetForm form = new FleetForm(base);

    private void sound() {
        form.wayProperty().set(LaunchWay.FLEET);
        base.imageIdProperty().set(AMI);
        base.countProperty().set("2");
        form.typesProperty().set("m5.large, c5.large");
        form.subnetsProperty().set("subnet-0123456789abcdef0,subnet-0fedcba9876543210");
    }

    @Test
    void aSoundFleetMakesEveryTypeTimesSubnetWithTheRecommendedStrategy() {
        sound();
        assertThat(form.problems()).isEmpty();
        FleetSpec spec = form.toSpec();
        assertThat(spec.pools()).extracting(FleetSpec.Pool::label).containsExactly(
                "m5.large in subnet-0123456789abcdef0", "m5.large in subnet-0fedcba9876543210",
                "c5.large in subnet-0123456789abcdef0", "c5.large in subnet-0fedcba9876543210");
        assertThat(spec.strategy()).isEqualTo(Strategy.PRICE_CAPACITY_OPTIMIZED);
        assertThat(spec.targetCapacity()).isEqualTo(2);
        assertThat(spec.onDemandBase()).isZero();
        assertThat(spec.createsTemplate()).isTrue();
        assertThat(form.poolsSummaryProperty().get()).isEqualTo("2 types × 2 subnets = 4 pools");
    }

    @Test
    void badFieldsAreExplainedNextToThemOnceRevealed() {
        form.wayProperty().set(LaunchWay.FLEET);
        assertThat(form.typesErrorProperty().get()).as("an empty form is not red").isEmpty();
        form.revealAllErrors();
        assertThat(form.typesErrorProperty().get()).startsWith("Choose at least one instance type");
        form.typesProperty().set("m5.large, large");
        assertThat(form.typesErrorProperty().get()).contains("\"large\" is not an instance type");
        form.subnetsProperty().set("subnet-12");
        assertThat(form.subnetsErrorProperty().get()).contains("is not a subnet id");
        form.subnetsProperty().set("subnet-0123456789abcdef0");
        form.zonesProperty().set("eu-west-1a");
        assertThat(form.zonesErrorProperty().get()).contains("give subnets or zones, not both");
        base.countProperty().set("2");
        form.onDemandBaseProperty().set("3");
        assertThat(form.onDemandBaseErrorProperty().get()).contains("cannot exceed");
        assertThat(form.problems()).containsKeys("AMI", "instance types", "zones", "on-demand base");
    }

    @Test
    void anExistingTemplateReplacesTheAmiAndRefusesFieldsItWouldIgnore() {
        sound();
        form.launchTemplateProperty().set("lt-0a20c965061f64abc");
        assertThat(form.launchTemplateErrorProperty().get()).contains("fixes the AMI");
        base.imageIdProperty().set("");
        assertThat(form.problems()).as("no AMI needed with a template").isEmpty();
        var spec = form.toSpec();
        assertThat(spec.createsTemplate()).isFalse();
        assertThat(spec.templateVersion()).isEqualTo("$Default");
        form.templateVersionProperty().set("latest");
        assertThat(form.launchTemplateErrorProperty().get()).contains("$Default, $Latest or a version number");
    }

    @Test
    void theWayChooserKeepsTheSingleTypeMethodAndTheFleetApart() {
        assertThat(form.wayProperty().get()).isEqualTo(LaunchWay.RUN_INSTANCES);
        form.wayProperty().set(LaunchWay.REQUEST_SPOT_INSTANCES);
        assertThat(base.methodProperty().get()).isEqualTo(LaunchSpec.Method.REQUEST_SPOT_INSTANCES);
        form.wayProperty().set(LaunchWay.FLEET);
        assertThat(form.isFleet()).isTrue();
        base.methodProperty().set(LaunchSpec.Method.RUN_INSTANCES);
        assertThat(form.wayProperty().get()).as("a restored method does not leave the Fleet way")
                .isEqualTo(LaunchWay.FLEET);
        assertThat(form.problems()).as("single-type fields do not apply").doesNotContainKeys("instance type",
                "interruption", "valid until", "subnet");
    }

    @Test
    void typesAreAddedOnceInOrder() {
        form.typesProperty().set("m5.large");
        form.addTypes(List.of("m5a.large", "m5.large", "m6i.large"));
        form.addType("m6i.large");
        assertThat(form.typesProperty().get()).isEqualTo("m5.large, m5a.large, m6i.large");
    }

    @Test
    void requirementsAreCheckedBeforeAnythingIsAsked() {
        var r = form.requirements();
        assertThat(r.problem()).isEmpty();
        r.vcpuMaxProperty().set("1");
        assertThat(r.problem()).contains("vCPU maximum is below");
        r.vcpuMaxProperty().set("8");
        r.memoryMinProperty().set("lots");
        assertThat(r.errorProperty().get()).startsWith("Memory");
        r.memoryMinProperty().set("8");
        r.memoryMaxProperty().set("32");
        var t = r.toRequirements();
        assertThat(t.vcpuMin()).isEqualTo(2);
        assertThat(t.vcpuMax()).isEqualTo(8);
        assertThat(t.memoryMinMib()).isEqualTo(8192);
        assertThat(t.memoryMaxMib()).isEqualTo(32768);
    }
}
