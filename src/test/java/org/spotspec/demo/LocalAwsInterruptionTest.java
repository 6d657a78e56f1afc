package org.spotspec.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/** The local action that interrupts a spot instance, sent unsigned as curl would, and what follows. */
class LocalAwsInterruptionTest extends LocalAwsEc2Fixture {

    @Test
    void aNoticeMarksTheRequestAtOnceAndTwoMinutesLaterEc2TakesTheInstance() throws Exception {
        var persistent = ec2.describeSpotInstanceRequests(b -> b.filters(filter("state", "active")))
                .spotInstanceRequests().get(0);
        var instanceId = persistent.instanceId();

        var answer = post("Action=LocalInterruptSpotInstances&InstanceId.1=" + instanceId + "&Region=us-east-1");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("<statusCode>marked-for-termination</statusCode>");
        var marked = request(persistent.spotInstanceRequestId());
        assertThat(marked.status().code()).isEqualTo("marked-for-termination");
        assertThat(marked.stateAsString()).isEqualTo("active");
        assertThat(instance(instanceId).state().name()).isEqualTo(InstanceStateName.RUNNING);

        clock.advance(Duration.ofSeconds(119));
        assertThat(instance(instanceId).state().name()).isEqualTo(InstanceStateName.RUNNING);
        clock.advance(Duration.ofSeconds(1));
        var going = instance(instanceId);
        assertThat(going.state().name()).isEqualTo(InstanceStateName.SHUTTING_DOWN);
        assertThat(going.stateReason().code()).isEqualTo("Server.SpotInstanceTermination");
        var reopened = request(persistent.spotInstanceRequestId());
        assertThat(reopened.status().code()).isEqualTo("instance-terminated-by-price");
        assertThat(reopened.stateAsString()).as("a persistent request reopens").isEqualTo("open");

        clock.advance(Duration.ofSeconds(5));
        assertThat(instance(instanceId).state().name()).isEqualTo(InstanceStateName.TERMINATED);
        assertThat(instance(instanceId).stateReason().code()).isEqualTo("Server.SpotInstanceTermination");
    }

    @Test
    void aOneTimeRequestClosesAndTheRegionComesFromTheSignature() {
        var launched = ec2.runInstances(spot(1, null)).instances().get(0);
        clock.advance(Duration.ofSeconds(10));
        var form = "Action=LocalInterruptSpotInstances&InstanceId.1=" + launched.instanceId();

        ec2.describeAvailabilityZones(); // the SDK signs for us-east-1; the raw call below names no region
        var answer = postQuietly(form + "&Region=us-east-1");
        assertThat(answer.body()).contains(launched.instanceId());
        clock.advance(Duration.ofMinutes(2));

        var closed = request(launched.spotInstanceRequestId());
        assertThat(closed.stateAsString()).isEqualTo("closed");
        assertThat(closed.status().code()).isEqualTo("instance-terminated-by-price");
    }

    @Test
    void onlyRunningSpotInstancesOfTheRegionCanBeInterrupted() {
        var unknown = postQuietly("Action=LocalInterruptSpotInstances&InstanceId.1=i-0123456789abcdef0&Region=us-east-1");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("InvalidInstanceID.NotFound");

        var terminated = ec2.describeSpotInstanceRequests(b -> b.filters(filter("state", "closed")))
                .spotInstanceRequests().get(0).instanceId();
        var notRunning = postQuietly("Action=LocalInterruptSpotInstances&InstanceId.1=" + terminated
                + "&Region=us-east-1");
        assertThat(notRunning.body()).contains("IncorrectInstanceState");
    }

    private HttpResponse<String> postQuietly(String form) {
        try {
            return post(form);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> post(String form) throws IOException, InterruptedException {
        var endpoint = ec2.serviceClientConfiguration().endpointOverride().orElseThrow();
        var request = HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
