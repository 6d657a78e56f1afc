package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceLifecycleType;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.MarketType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Launching (RunInstances, RequestSpotInstances), ClientTokens, cancel and terminate, over time. */
class LocalAwsEc2LaunchTest extends LocalAwsEc2Fixture {
    @Test
    void runInstancesLaunchesSpotInstancesWithTheirRequests() {
        var launched = ec2.runInstances(spot(2, null)).instances();
        assertThat(launched).hasSize(2).allSatisfy(i -> {
            assertThat(i.state().name()).isEqualTo(InstanceStateName.PENDING);
            assertThat(i.instanceLifecycle()).isEqualTo(InstanceLifecycleType.SPOT);
            assertThat(i.placement().availabilityZone()).isEqualTo("us-east-1b");
            assertThat(i.keyName()).isEqualTo("alice-laptop");
            assertThat(i.securityGroups()).extracting(g -> g.groupName()).containsExactly("batch-workers");
            assertThat(i.iamInstanceProfile().arn()).endsWith(":instance-profile/batch-worker");
            assertThat(i.subnetId()).isEqualTo(subnetB);
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
        var group = ec2.describeSecurityGroups(b -> b.groupNames("ssh-from-office")).securityGroups().get(0);
        var created = ec2.requestSpotInstances(b -> b.instanceCount(2).type("persistent").spotPrice("0.5")
                .instanceInterruptionBehavior("stop").launchSpecification(l -> l.imageId(ami).instanceType("c5.large")
                        .securityGroupIds(group.groupId()).securityGroups("default").keyName("ci-runner")
                        .placement(p -> p.availabilityZone("us-east-1c")))
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
        assertThat(active.launchedAvailabilityZone()).isEqualTo("us-east-1c");
        assertThat(active.launchSpecification().securityGroups()).extracting(g -> g.groupName())
                .containsExactly("ssh-from-office", "default");
        var launched = instance(active.instanceId());
        assertThat(launched.spotInstanceRequestId()).isEqualTo(id);
        assertThat(launched.keyName()).isEqualTo("ci-runner");
        assertThat(launched.securityGroups()).extracting(g -> g.groupId()).contains(group.groupId());
        assertThat(launched.placement().availabilityZone()).isEqualTo("us-east-1c");

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
    void anUnfulfilledRequestExpiresAtValidUntil() {
        var id = ec2.requestSpotInstances(b -> b.spotPrice("0.0001").validUntil(clock.instant().plusSeconds(60))
                .launchSpecification(l -> l.imageId(ami).instanceType("m5.large"))).spotInstanceRequests().get(0)
                .spotInstanceRequestId();
        clock.advance(Duration.ofSeconds(30));
        assertThat(request(id).status().code()).isEqualTo("price-too-low");
        clock.advance(Duration.ofSeconds(30));
        var expired = request(id);
        assertThat(expired.stateAsString()).isEqualTo("cancelled");
        assertThat(expired.status().code()).isEqualTo("schedule-expired");
        assertError(() -> ec2.requestSpotInstances(b -> b.validUntil(clock.instant().minusSeconds(1))
                .launchSpecification(l -> l.imageId(ami).instanceType("m5.large"))), 400, "InvalidParameterValue",
                "ValidUntil");
        assertError(() -> ec2.requestSpotInstances(b -> b.instanceInterruptionBehavior("stop")
                .launchSpecification(l -> l.imageId(ami).instanceType("m5.large"))), 400,
                "InvalidParameterCombination", "persistent");
    }

    @Test
    void concurrentRetriesOfOneLaunchCreateItOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var calls = new ArrayList<java.util.concurrent.Future<String>>();
            for (int k = 0; k < 16; k++) {
                calls.add(pool.submit(() -> ec2.runInstances(spot(2, "retry-me")).reservationId()));
            }
            var reservations = new java.util.HashSet<String>();
            for (var call : calls) {
                reservations.add(call.get());
            }
            assertThat(reservations).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(instances(filter("client-token", "retry-me"))).hasSize(2);
    }
}
