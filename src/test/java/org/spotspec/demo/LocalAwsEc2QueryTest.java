package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.InstanceLifecycleType;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** Seeded state, the catalog, dry runs, not-found errors, paging and the quota. */
class LocalAwsEc2QueryTest extends LocalAwsEc2Fixture {
    private static final String CANONICAL = Ec2Catalog.CANONICAL;

    @Test
    void seedsARegionOnItsFirstCall() {
        var requests = ec2.describeSpotInstanceRequests().spotInstanceRequests();
        assertThat(requests).extracting(r -> r.stateAsString() + "/" + r.status().code()).containsExactly(
                "active/fulfilled", "closed/instance-terminated-by-price", "open/capacity-not-available");
        assertThat(requests.get(0).typeAsString()).isEqualTo("persistent");
        var running = instance(requests.get(0).instanceId());
        assertThat(running.state().name()).isEqualTo(InstanceStateName.RUNNING);
        assertThat(running.instanceLifecycle()).isEqualTo(InstanceLifecycleType.SPOT);
        assertThat(running.publicIpAddress()).isNotBlank();
        assertThat(running.privateDnsName()).endsWith(".ec2.internal");
        assertThat(instance(requests.get(1).instanceId()).state().name()).isEqualTo(InstanceStateName.TERMINATED);
        clock.advance(Duration.ofHours(1)); // the held request stays held
        assertThat(ec2.describeSpotInstanceRequests(b -> b.filters(filter("state", "open"))).spotInstanceRequests())
                .singleElement().satisfies(r -> assertThat(r.status().code()).isEqualTo("capacity-not-available"));
    }

    @Test
    void describesTheCatalog() {
        var images = ec2.describeImages(b -> b.owners("amazon", CANONICAL)).images();
        assertThat(images).extracting(i -> i.name()).anyMatch(n -> n.contains("ubuntu-jammy-22.04"))
                .anyMatch(n -> n.startsWith("al2023-ami"));
        assertThat(ec2.describeImages(b -> b.imageIds(ami)).images()).singleElement()
                .satisfies(i -> assertThat(i.architectureAsString()).isEqualTo("x86_64"));
        assertError(() -> ec2.describeImages(b -> b.imageIds("ami-0123456789abcdef0")), 400, "InvalidAMIID.NotFound",
                "ami-0123456789abcdef0");
        assertError(() -> ec2.describeImages(b -> b.imageIds("ubuntu")), 400, "InvalidAMIID.Malformed", "ubuntu");
        assertThat(ec2.describeKeyPairs().keyPairs()).extracting(k -> k.keyName())
                .contains("alice-laptop", "ci-runner");
        assertThat(ec2.describeSecurityGroups(b -> b.groupNames("default")).securityGroups()).hasSize(1);
        var subnets = ec2.describeSubnets().subnets();
        var zones = ec2.describeAvailabilityZones().availabilityZones();
        assertThat(subnets).hasSize(3).allSatisfy(s -> assertThat(zones).anyMatch(z ->
                z.zoneName().equals(s.availabilityZone()) && z.zoneId().equals(s.availabilityZoneId())));
        assertThat(subnets).extracting(s -> s.vpcId()).containsOnly(subnets.get(0).vpcId());
    }

    @Test
    void dryRunsValidateFirstAndChangeNothing() {
        int before = instances().size();
        assertError(() -> ec2.runInstances(spot(1, null).andThen(b -> b.dryRun(true).imageId("ami-0123456789abcdef0"))),
                400, "InvalidAMIID.NotFound", "does not exist");
        assertError(() -> ec2.runInstances(spot(1, null).andThen(b -> b.dryRun(true).minCount(0))), 400,
                "InvalidParameterValue", "minCount");
        assertError(() -> ec2.runInstances(spot(1, null).andThen(b -> b.dryRun(true).instanceType("m5.huge"))), 400,
                "InvalidParameterValue", "m5.huge");
        assertError(() -> ec2.runInstances(spot(1, null).andThen(b -> b.dryRun(true).keyName("nobody"))), 400,
                "InvalidKeyPair.NotFound", "nobody");
        assertError(() -> ec2.runInstances(spot(1, null).andThen(b -> b.dryRun(true))), 412, "DryRunOperation",
                "Request would have succeeded, but DryRun flag is set.");
        assertError(() -> ec2.requestSpotInstances(b -> b.dryRun(true).instanceCount(2).launchSpecification(
                l -> l.imageId(ami).instanceType("t3.micro"))), 412, "DryRunOperation", "DryRun flag is set");
        assertError(() -> ec2.terminateInstances(b -> b.dryRun(true).instanceIds("i-0123456789abcdef0")), 400,
                "InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist");
        var seeded = ec2.describeSpotInstanceRequests().spotInstanceRequests().get(0);
        assertError(() -> ec2.terminateInstances(b -> b.dryRun(true).instanceIds(seeded.instanceId())), 412,
                "DryRunOperation", "DryRun flag is set");
        assertError(() -> ec2.cancelSpotInstanceRequests(b -> b.dryRun(true)
                .spotInstanceRequestIds(seeded.spotInstanceRequestId())), 412, "DryRunOperation", "DryRun flag");
        assertThat(instances()).hasSize(before);
        assertThat(request(seeded.spotInstanceRequestId()).stateAsString()).isEqualTo("active");
        assertThat(instance(seeded.instanceId()).state().name()).isEqualTo(InstanceStateName.RUNNING);
    }

    @Test
    void unknownIdsFailTheWholeCall() {
        var live = ec2.runInstances(spot(1, null)).instances().get(0).instanceId();
        assertError(() -> ec2.terminateInstances(b -> b.instanceIds(live, "i-0123456789abcdef0",
                "i-0123456789abcdef1")), 400, "InvalidInstanceID.NotFound",
                "The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist");
        assertThat(instance(live).state().name()).isEqualTo(InstanceStateName.PENDING);
        assertError(() -> ec2.terminateInstances(b -> b.instanceIds("web-1")), 400, "InvalidInstanceID.Malformed",
                "web-1");
        assertError(() -> ec2.cancelSpotInstanceRequests(b -> b.spotInstanceRequestIds("sir-00000000")), 400,
                "InvalidSpotInstanceRequestID.NotFound", "sir-00000000");
        assertError(() -> ec2.describeSpotInstanceRequests(b -> b.spotInstanceRequestIds("sir-00000000")), 400,
                "InvalidSpotInstanceRequestID.NotFound", "sir-00000000");
        assertError(() -> ec2.describeInstances(b -> b.instanceIds("i-0123456789abcdef0")), 400,
                "InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist");
    }

    @Test
    void pagesWithMaxResultsAndEnforcesTheSpotQuota() {
        ec2.runInstances(spot(12, null));
        var ids = new ArrayList<String>();
        var pages = new ArrayList<Integer>();
        ec2.describeInstancesPaginator(b -> b.maxResults(5)).forEach(page -> {
            pages.add(page.reservations().stream().mapToInt(r -> r.instances().size()).sum());
            page.reservations().forEach(r -> r.instances().forEach(i -> ids.add(i.instanceId())));
        });
        assertThat(pages).containsExactly(5, 5, 4); // 2 seeded + 12
        assertThat(ids).doesNotHaveDuplicates().hasSize(14);
        var requests = new ArrayList<String>();
        ec2.describeSpotInstanceRequestsPaginator(b -> b.maxResults(5)).spotInstanceRequests()
                .forEach(r -> requests.add(r.spotInstanceRequestId()));
        assertThat(requests).doesNotHaveDuplicates().hasSize(15);
        assertError(() -> ec2.describeInstances(b -> b.maxResults(2)), 400, "InvalidParameterValue", "maxResults");

        // 1 seeded running + 1 seeded open + 12 = 14 of 20: 6 more at most
        assertError(() -> ec2.runInstances(spot(7, null).andThen(b -> b.minCount(7))), 400,
                "MaxSpotInstanceCountExceeded", "Max spot instance count exceeded");
        assertThat(ec2.runInstances(spot(10, null)).instances()).hasSize(6);
        assertError(() -> ec2.requestSpotInstances(b -> b.launchSpecification(l -> l.imageId(ami)
                .instanceType("t3.micro"))), 400, "MaxSpotInstanceCountExceeded", "Max spot instance count exceeded");
    }
}
