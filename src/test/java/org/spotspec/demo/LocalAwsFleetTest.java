package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.ArchitectureType;
import software.amazon.awssdk.services.ec2.model.CreateFleetRequest;
import software.amazon.awssdk.services.ec2.model.CreateLaunchTemplateRequest;
import software.amazon.awssdk.services.ec2.model.FleetLaunchTemplateOverridesRequest;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfoFromInstanceRequirements;
import software.amazon.awssdk.services.ec2.model.VirtualizationType;

/** LocalAws's EC2 Fleet side with the real SDK: templates, instant fleets, types from requirements. */
class LocalAwsFleetTest extends LocalAwsEc2Fixture {

    private String template(String name) {
        return ec2.createLaunchTemplate(CreateLaunchTemplateRequest.builder().launchTemplateName(name)
                .launchTemplateData(d -> d.imageId(ami)).build()).launchTemplate().launchTemplateId();
    }

    private CreateFleetRequest fleet(String templateId, int total, String token) {
        return CreateFleetRequest.builder().type("instant").clientToken(token)
                .launchTemplateConfigs(c -> c.launchTemplateSpecification(s -> s.launchTemplateId(templateId)
                        .version("1")).overrides(FleetLaunchTemplateOverridesRequest.builder().instanceType("c5.large")
                        .subnetId(subnetB).build(), FleetLaunchTemplateOverridesRequest.builder()
                        .instanceType("m5.large").subnetId(subnetB).build()))
                .targetCapacitySpecification(t -> t.totalTargetCapacity(total).defaultTargetCapacityType("spot"))
                .spotOptions(o -> o.allocationStrategy("price-capacity-optimized")).build();
    }

    @Test
    void aTemplateNameIsUniquePerRegion() {
        var id = template("workers");

        assertThat(id).matches("lt-[0-9a-f]{17}");
        assertError(() -> template("workers"), 400, "InvalidLaunchTemplateName.AlreadyExistsException",
                "Launch template name already in use.");
    }

    @Test
    void anInstantFleetLaunchesSpotInstancesOverItsPoolsAndAnswersItsTokenOnce() {
        var id = template("workers");

        var answer = ec2.createFleet(fleet(id, 2, "fleet-token-1"));
        var again = ec2.createFleet(fleet(id, 2, "fleet-token-1"));

        assertThat(answer.errors()).isEmpty();
        var ids = answer.instances().stream().flatMap(i -> i.instanceIds().stream()).toList();
        assertThat(ids).hasSize(2);
        assertThat(answer.instances()).allSatisfy(i -> {
            assertThat(i.lifecycleAsString()).isEqualTo("spot");
            assertThat(i.launchTemplateAndOverrides().overrides().subnetId()).isEqualTo(subnetB);
            assertThat(i.launchTemplateAndOverrides().launchTemplateSpecification().launchTemplateId()).isEqualTo(id);
        });
        assertThat(again.fleetId()).as("the same token, the same answer").isEqualTo(answer.fleetId());
        assertThat(ec2.describeInstances(b -> b.instanceIds(ids)).reservations().get(0).instances())
                .extracting(i -> i.instanceLifecycleAsString() + " " + i.placement().availabilityZone())
                .containsOnly("spot us-east-1b");
    }

    @Test
    void anUnknownTemplateFailsTheWholeCall() {
        assertError(() -> ec2.createFleet(fleet("lt-0123456789abcdef0", 1, "t")), 400,
                "InvalidLaunchTemplateId.NotFound",
                "The specified launch template, with template ID lt-0123456789abcdef0, does not exist.");
    }

    @Test
    void typesFromRequirementsArePagedAndMatchVcpuAndMemory() {
        var types = ec2.getInstanceTypesFromInstanceRequirementsPaginator(b -> b.maxResults(5)
                        .architectureTypes(ArchitectureType.X86_64).virtualizationTypes(VirtualizationType.HVM)
                        .instanceRequirements(r -> r.vCpuCount(v -> v.min(4).max(4)).memoryMiB(m -> m.min(8192))))
                .instanceTypes().stream().map(InstanceTypeInfoFromInstanceRequirements::instanceType).toList();
        var arm = ec2.getInstanceTypesFromInstanceRequirements(b -> b.architectureTypes(ArchitectureType.ARM64)
                .virtualizationTypes(VirtualizationType.HVM)
                .instanceRequirements(r -> r.vCpuCount(v -> v.min(2)).memoryMiB(m -> m.min(0)))).instanceTypes();

        assertThat(types).containsExactly("t3.xlarge", "m5.xlarge", "m6i.xlarge", "c5.xlarge", "c6i.xlarge",
                "r5.xlarge", "r6i.xlarge", "g4dn.xlarge");
        assertThat(arm).isEmpty();
        assertThat(List.of(Ec2TypeSizes.vcpus("t3.nano"), Ec2TypeSizes.memoryMib("t3.nano"))).containsExactly(2, 512);
    }
}
