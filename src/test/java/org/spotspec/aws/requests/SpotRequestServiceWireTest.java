package org.spotspec.aws.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spotspec.testing.Ec2Fixtures.cancelled;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.IdOutcome;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.WireSession;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** SpotRequestService with the real SDK client against a local EC2 answering in EC2's XML. */
class SpotRequestServiceWireTest {
    private static final String DESCRIBE = "DescribeSpotInstanceRequests";
    private static final String CANCEL = "CancelSpotInstanceRequests";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final SpotRequestService service = new SpotRequestService();

    @Test
    void describeFollowsNextTokenAndReadsEveryField() {
        wire.aws().ec2Page(DESCRIBE, "eu-west-1", null, describeSpotRequests("AAEAAXNwb3QtcGFnZS0y",
                spotRequest("sir-1a2b3c4d", "active", "fulfilled", "persistent", "i-0aaa1111bbbb22223"),
                spotRequest("sir-2b3c4d5e", "open", "price-too-low", "")));
        wire.aws().ec2Page(DESCRIBE, "eu-west-1", "AAEAAXNwb3QtcGFnZS0y", describeSpotRequests(null,
                spotRequest("sir-3c4d5e6f", "cancelled", "canceled-before-fulfillment", "")));

        var requests = service.describe(wire.session());

        assertThat(requests).extracting(SpotRequest::id).containsExactly("sir-1a2b3c4d", "sir-2b3c4d5e", "sir-3c4d5e6f");
        var first = requests.get(0);
        assertThat(first.state()).isEqualTo("active");
        assertThat(first.statusCode()).isEqualTo("fulfilled");
        assertThat(first.statusMessage()).isEqualTo("Your spot request is fulfilled.");
        assertThat(first.type()).isEqualTo("persistent");
        assertThat(first.instanceType()).isEqualTo("m5.large");
        assertThat(first.maxPrice()).isEqualTo("0.050000");
        assertThat(first.zone()).isEqualTo("eu-west-1a");
        assertThat(first.instanceId()).isEqualTo("i-0aaa1111bbbb22223");
        assertThat(first.interruptionBehavior()).isEqualTo("terminate");
        assertThat(first.name()).isEqualTo("job-sir-1a2b3c4d");
        assertThat(first.keyName()).isEqualTo("alice-laptop");
        assertThat(first.created()).isNotNull();
        assertThat(first.validUntil()).isEqualTo(java.time.Instant.parse("2026-11-27T07:15:00Z"));
        assertThat(requests.get(1).hasInstance()).isFalse();
        var bodies = wire.bodies(DESCRIBE);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains("MaxResults=1000").doesNotContain("NextToken");
        assertThat(bodies.get(1)).contains("NextToken=AAEAAXNwb3QtcGFnZS0y");
    }

    @Test
    void cancelReportsEachRequestsNewState() {
        wire.aws().ec2Page(CANCEL, null, null, cancelled("sir-1a2b3c4d", "sir-2b3c4d5e"));

        var outcomes = service.cancel(wire.session(), java.util.List.of("sir-1a2b3c4d", "sir-2b3c4d5e"));

        assertThat(outcomes).extracting(IdOutcome::id, IdOutcome::status, IdOutcome::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sir-1a2b3c4d", IdOutcome.Status.DONE, "cancelled"),
                org.assertj.core.groups.Tuple.tuple("sir-2b3c4d5e", IdOutcome.Status.DONE, "cancelled"));
        assertThat(wire.bodies(CANCEL)).singleElement().asString()
                .contains("SpotInstanceRequestId.1=sir-1a2b3c4d", "SpotInstanceRequestId.2=sir-2b3c4d5e");
    }

    @Test
    void anUnknownIdInTheBatchIsReportedAndTheRestAreStillCancelled() {
        // EC2 rejects the whole batch; the retry without the unknown id succeeds.
        wire.aws().server().stubFor(AwsStub.action(CANCEL).withRequestBody(containing("sir-deadbeef"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withBody(AwsStub.ec2ErrorBody("InvalidSpotInstanceRequestID.NotFound",
                                "The spot instance request ID 'sir-deadbeef' does not exist"))));
        wire.aws().server().stubFor(AwsStub.action(CANCEL).withRequestBody(notContaining("sir-deadbeef"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withBody(cancelled("sir-1a2b3c4d", "sir-2b3c4d5e"))));

        var outcomes = service.cancel(wire.session(), java.util.List.of("sir-1a2b3c4d", "sir-deadbeef", "sir-2b3c4d5e"));

        assertThat(outcomes).extracting(IdOutcome::id).containsExactly("sir-1a2b3c4d", "sir-deadbeef", "sir-2b3c4d5e");
        assertThat(outcomes.get(1).status()).isEqualTo(IdOutcome.Status.NOT_FOUND);
        assertThat(outcomes.get(1).detail()).contains("InvalidSpotInstanceRequestID.NotFound", "does not exist");
        assertThat(outcomes.get(0).status()).isEqualTo(IdOutcome.Status.DONE);
        assertThat(outcomes.get(2).state()).isEqualTo("cancelled");
        var bodies = wire.bodies(CANCEL);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).contains("SpotInstanceRequestId.1=sir-1a2b3c4d", "SpotInstanceRequestId.2=sir-2b3c4d5e")
                .doesNotContain("sir-deadbeef");
    }

    @Test
    void dryRunOperationIsReportedAsWouldSucceedForEveryId() {
        wire.aws().ec2Error(CANCEL, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

        var outcomes = service.cancelDryRun(wire.session(), java.util.List.of("sir-1a2b3c4d", "sir-2b3c4d5e"));

        assertThat(outcomes).extracting(IdOutcome::status).containsOnly(IdOutcome.Status.WOULD_SUCCEED).hasSize(2);
        assertThat(outcomes).allMatch(IdOutcome::succeeded);
        assertThat(wire.bodies(CANCEL)).singleElement().asString().contains("DryRun=true");
    }

    @Test
    void unauthorizedDryRunSaysWhichPermissionIsMissing() {
        wire.aws().ec2Error(CANCEL, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var outcomes = service.cancelDryRun(wire.session(), java.util.List.of("sir-1a2b3c4d"));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(IdOutcome.Status.NOT_PERMITTED);
            assertThat(o.detail()).contains("you lack permission ec2:CancelSpotInstanceRequests");
            assertThat(o.succeeded()).isFalse();
        });
    }

    @Test
    void aRealCancelWithoutPermissionFailsAsAWhole() {
        wire.aws().ec2Error(CANCEL, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        assertThatThrownBy(() -> service.cancel(wire.session(), java.util.List.of("sir-1a2b3c4d")))
                .isInstanceOf(AwsServiceException.class);
        assertThat(wire.bodies(CANCEL)).as("no retry for an error that is not about ids").hasSize(1);
    }
}
