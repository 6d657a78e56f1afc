package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotspec.testing.MutableClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceLifecycleType;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.MarketType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SpotInstanceRequest;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** LocalAws's stateful EC2 driven by the real SDK v2 Ec2Client over HTTP, on a clock the test moves. */
class LocalEc2Test {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
    private LocalAws aws;
    private Ec2Client ec2;
    private String ami;
    private String subnetB;

    @BeforeEach
    void start() throws Exception {
        aws = new LocalAws(clock);
        ec2 = Ec2Client.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + aws.start(0)))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        ami = ec2.describeImages(b -> b.owners("amazon").filters(filter("name", "al2023-ami-*-x86_64")))
                .images().get(0).imageId();
        subnetB = ec2.describeSubnets(b -> b.filters(filter("availability-zone", "us-east-1b")))
                .subnets().get(0).subnetId();
    }

    @AfterEach
    void stop() {
        ec2.close();
        aws.stop();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Ec2Exception fails(Runnable call) {
        return catchThrowableOfType(Ec2Exception.class, call::run);
    }

    private static void assertError(Runnable call, int status, String code, String message) {
        var e = fails(call);
        assertThat(e).as(code).isNotNull();
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.awsErrorDetails().errorMessage()).contains(message);
        assertThat(e.requestId()).isNotBlank();
    }

    private Consumer<RunInstancesRequest.Builder> spot(int count, String token) {
        return b -> b.imageId(ami).instanceType("m5.large").minCount(1).maxCount(count).keyName("alice-laptop")
                .subnetId(subnetB).clientToken(token).instanceMarketOptions(m -> m.marketType(MarketType.SPOT)
                        .spotOptions(s -> s.maxPrice("0.09").spotInstanceType("one-time")))
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                        .tags(Tag.builder().key("Name").value("demo").build()).build());
    }

    private List<Instance> instances(Filter... filters) {
        var out = new ArrayList<Instance>();
        ec2.describeInstancesPaginator(b -> b.filters(filters)).reservations().forEach(r -> out.addAll(r.instances()));
        return out;
    }

    private SpotInstanceRequest request(String id) {
        return ec2.describeSpotInstanceRequests(b -> b.spotInstanceRequestIds(id)).spotInstanceRequests().get(0);
    }

    private Instance instance(String id) {
        return ec2.describeInstances(b -> b.instanceIds(id)).reservations().get(0).instances().get(0);
    }

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

    private static final String CANONICAL = Ec2Catalog.CANONICAL;

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
    void runInstancesLaunchesSpotInstancesWithTheirRequests() {
        var launched = ec2.runInstances(spot(2, null)).instances();
        assertThat(launched).hasSize(2).allSatisfy(i -> {
            assertThat(i.state().name()).isEqualTo(InstanceStateName.PENDING);
            assertThat(i.instanceLifecycle()).isEqualTo(InstanceLifecycleType.SPOT);
            assertThat(i.placement().availabilityZone()).isEqualTo("us-east-1b");
            assertThat(i.keyName()).isEqualTo("alice-laptop");
            assertThat(i.tags()).containsExactly(Tag.builder().key("Name").value("demo").build());
        });
        var first = launched.get(0);
        var request = request(first.spotInstanceRequestId());
        assertThat(request.stateAsString()).isEqualTo("active");
        assertThat(request.status().code()).isEqualTo("fulfilled");
        assertThat(request.instanceId()).isEqualTo(first.instanceId());
        assertThat(request.launchedAvailabilityZone()).isEqualTo("us-east-1b");
        assertThat(request.spotPrice()).isEqualTo("0.09");
        assertThat(request.launchSpecification().imageId()).isEqualTo(ami);

        clock.advance(Duration.ofSeconds(5));
        var running = instances(filter("instance-lifecycle", "spot"), filter("instance-state-name", "running"),
                filter("tag:Name", "demo"));
        assertThat(running).extracting(Instance::instanceId).containsExactlyInAnyOrder(first.instanceId(),
                launched.get(1).instanceId());
        assertThat(running.get(0).publicIpAddress()).isNotBlank();
        assertThat(running.get(0).launchTime()).isEqualTo(clock.instant().minusSeconds(5));

        assertError(() -> ec2.runInstances(spot(1, null).andThen(b -> b.instanceMarketOptions(m -> m
                .marketType(MarketType.SPOT).spotOptions(s -> s.maxPrice("0.001"))))), 400, "SpotMaxPriceTooLow",
                "Your Spot request price of 0.001 is lower than the minimum required");
    }

    @Test
    void requestSpotInstancesOpensThenBecomesActive() {
        var created = ec2.requestSpotInstances(b -> b.instanceCount(2).type("persistent").spotPrice("0.5")
                .instanceInterruptionBehavior("stop").launchSpecification(l -> l.imageId(ami).instanceType("c5.large")
                        .securityGroupIds(ec2.describeSecurityGroups().securityGroups().get(1).groupId()))
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SPOT_INSTANCES_REQUEST)
                        .tags(Tag.builder().key("team").value("ml").build()).build())).spotInstanceRequests();
        assertThat(created).hasSize(2).allSatisfy(r -> {
            assertThat(r.stateAsString()).isEqualTo("open");
            assertThat(r.status().code()).isEqualTo("pending-evaluation");
            assertThat(r.validUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
            assertThat(r.instanceInterruptionBehaviorAsString()).isEqualTo("stop");
            assertThat(r.tags()).extracting(Tag::key).containsExactly("team");
        });
        var id = created.get(0).spotInstanceRequestId();
        clock.advance(Duration.ofSeconds(2));
        assertThat(request(id).status().code()).isEqualTo("pending-fulfillment");
        clock.advance(Duration.ofSeconds(1));
        var active = request(id);
        assertThat(active.stateAsString()).isEqualTo("active");
        assertThat(active.status().code()).isEqualTo("fulfilled");
        assertThat(instance(active.instanceId()).spotInstanceRequestId()).isEqualTo(id);

        var cheap = ec2.requestSpotInstances(b -> b.spotPrice("0.0001").launchSpecification(l -> l.imageId(ami)
                .instanceType("m5.xlarge"))).spotInstanceRequests().get(0).spotInstanceRequestId();
        clock.advance(Duration.ofMinutes(1));
        var held = request(cheap);
        assertThat(held.stateAsString()).isEqualTo("open");
        assertThat(held.status().code()).isEqualTo("price-too-low");
        assertThat(held.status().message()).contains("0.0001");
        assertThat(held.instanceId()).isNull();
    }

    @Test
    void clientTokensMakeLaunchesIdempotent() {
        var first = ec2.runInstances(spot(2, "launch-1"));
        var again = ec2.runInstances(spot(2, "launch-1"));
        assertThat(again.reservationId()).isEqualTo(first.reservationId());
        assertThat(again.instances()).extracting(Instance::instanceId)
                .containsExactlyElementsOf(first.instances().stream().map(Instance::instanceId).toList());
        assertThat(instances(filter("client-token", "launch-1"))).hasSize(2);
        assertError(() -> ec2.runInstances(spot(3, "launch-1")), 400, "IdempotentParameterMismatch", "launch-1");

        var spot = ec2.requestSpotInstances(b -> b.clientToken("req-1").launchSpecification(l -> l.imageId(ami)
                .instanceType("t3.small"))).spotInstanceRequests();
        var spotAgain = ec2.requestSpotInstances(b -> b.clientToken("req-1").launchSpecification(l -> l.imageId(ami)
                .instanceType("t3.small"))).spotInstanceRequests();
        assertThat(spotAgain.get(0).spotInstanceRequestId()).isEqualTo(spot.get(0).spotInstanceRequestId());
        assertThat(ec2.describeSpotInstanceRequests().spotInstanceRequests()).hasSize(3 + 2 + 1);
    }

    @Test
    void cancelAndTerminateMoveRequestsAndInstancesOn() {
        var launched = ec2.runInstances(spot(2, null)).instances();
        clock.advance(Duration.ofSeconds(6));
        var a = launched.get(0);
        var b = launched.get(1);
        var cancelled = ec2.cancelSpotInstanceRequests(r -> r.spotInstanceRequestIds(a.spotInstanceRequestId()))
                .cancelledSpotInstanceRequests();
        assertThat(cancelled).singleElement().satisfies(c -> assertThat(c.stateAsString()).isEqualTo("cancelled"));
        assertThat(request(a.spotInstanceRequestId()).status().code()).isEqualTo("request-canceled-and-instance-running");
        assertThat(instance(a.instanceId()).state().name()).isEqualTo(InstanceStateName.RUNNING);

        var changes = ec2.terminateInstances(r -> r.instanceIds(a.instanceId(), b.instanceId())).terminatingInstances();
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.previousState().name()).isEqualTo(InstanceStateName.RUNNING);
            assertThat(c.currentState().name()).isEqualTo(InstanceStateName.SHUTTING_DOWN);
            assertThat(c.currentState().code()).isEqualTo(32);
        });
        assertThat(request(a.spotInstanceRequestId()).stateAsString()).isEqualTo("cancelled");
        assertThat(request(b.spotInstanceRequestId()).stateAsString()).isEqualTo("closed");
        assertThat(request(b.spotInstanceRequestId()).status().code()).isEqualTo("instance-terminated-by-user");
        clock.advance(Duration.ofSeconds(5));
        var gone = instance(a.instanceId());
        assertThat(gone.state().name()).isEqualTo(InstanceStateName.TERMINATED);
        assertThat(gone.stateReason().code()).isEqualTo("Client.UserInitiatedShutdown");
        assertThat(gone.publicIpAddress()).isNull();
        var again = ec2.terminateInstances(r -> r.instanceIds(a.instanceId())).terminatingInstances().get(0);
        assertThat(again.previousState().name()).isEqualTo(InstanceStateName.TERMINATED);
    }

    @Test
    void aPersistentRequestRelaunchesUnlessCancelled() {
        var persistent = ec2.describeSpotInstanceRequests(b -> b.filters(filter("type", "persistent")))
                .spotInstanceRequests().get(0);
        var old = persistent.instanceId();
        ec2.terminateInstances(b -> b.instanceIds(old));
        assertThat(request(persistent.spotInstanceRequestId()).stateAsString()).isEqualTo("open");
        clock.advance(Duration.ofSeconds(5 + 3));
        var relaunched = request(persistent.spotInstanceRequestId());
        assertThat(relaunched.stateAsString()).isEqualTo("active");
        assertThat(relaunched.instanceId()).isNotEqualTo(old);
        assertThat(instance(relaunched.instanceId()).state().name()).isEqualTo(InstanceStateName.PENDING);
        assertThat(instance(old).state().name()).isEqualTo(InstanceStateName.TERMINATED);
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
