package org.spotspec.aws.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.cancelled;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;
import static org.spotspec.testing.Ec2Fixtures.terminating;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.testing.WireSession;

/** Cancel, then terminate: in that order, with the instances read fresh, each step reported per id. */
class SpotCleanupWireTest {
    private static final String CANCEL = "CancelSpotInstanceRequests";
    private static final String DESCRIBE = "DescribeSpotInstanceRequests";
    private static final String TERMINATE = "TerminateInstances";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final SpotCleanup cleanup = new SpotCleanup(new SpotRequestService(), new InstanceService());

    @Test
    void cancelsFirstThenTerminatesTheInstancesTheRequestsHaveNow() {
        wire.aws().ec2Page(CANCEL, null, null, cancelled("sir-1a2b3c4d", "sir-2b3c4d5e"));
        // sir-2 launched an instance after the table was read: the fresh describe finds it.
        wire.aws().ec2Page(DESCRIBE, null, null, describeSpotRequests(null,
                spotRequest("sir-1a2b3c4d", "cancelled", "request-canceled-and-instance-running", "i-0aaa1111bbbb22223"),
                spotRequest("sir-2b3c4d5e", "cancelled", "request-canceled-and-instance-running", "i-0ccc3333dddd44445")));
        wire.aws().ec2Page(TERMINATE, null, null, terminating("i-0aaa1111bbbb22223", "i-0ccc3333dddd44445"));

        var outcomes = cleanup.cancel(wire.session(), List.of("sir-1a2b3c4d", "sir-2b3c4d5e"),
                Map.of("sir-1a2b3c4d", "i-0aaa1111bbbb22223"), true, false);

        assertThat(wire.ec2Actions()).containsExactly(CANCEL, DESCRIBE, TERMINATE);
        assertThat(wire.bodies(DESCRIBE).get(0)).contains("SpotInstanceRequestId.1=sir-1a2b3c4d",
                "SpotInstanceRequestId.2=sir-2b3c4d5e");
        assertThat(wire.bodies(TERMINATE).get(0)).contains("InstanceId.1=i-0aaa1111bbbb22223",
                "InstanceId.2=i-0ccc3333dddd44445");
        assertThat(outcomes).extracting(IdOutcome::step, IdOutcome::id, IdOutcome::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdOutcome.Step.CANCEL, "sir-1a2b3c4d", "cancelled"),
                org.assertj.core.groups.Tuple.tuple(IdOutcome.Step.CANCEL, "sir-2b3c4d5e", "cancelled"),
                org.assertj.core.groups.Tuple.tuple(IdOutcome.Step.TERMINATE, "i-0aaa1111bbbb22223", "running → shutting-down"),
                org.assertj.core.groups.Tuple.tuple(IdOutcome.Step.TERMINATE, "i-0ccc3333dddd44445", "running → shutting-down"));
    }

    @Test
    void anInstanceOfARequestThatWasNotCancelledIsLeftAlone() {
        wire.aws().server().stubFor(org.spotspec.testing.AwsStub.action(CANCEL).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400).withBody(
                        org.spotspec.testing.AwsStub.ec2ErrorBody("InvalidSpotInstanceRequestID.NotFound",
                                "The spot instance request ID 'sir-deadbeef' does not exist"))));

        var outcomes = cleanup.cancel(wire.session(), List.of("sir-deadbeef"), Map.of("sir-deadbeef", "i-0aaa1111bbbb22223"),
                true, false);

        assertThat(outcomes).singleElement().extracting(IdOutcome::status).isEqualTo(IdOutcome.Status.NOT_FOUND);
        assertThat(wire.ec2Actions()).containsExactly(CANCEL);
    }

    @Test
    void withoutAlsoTerminateOnlyTheCancelIsSent() {
        wire.aws().ec2Page(CANCEL, null, null, cancelled("sir-1a2b3c4d"));

        var outcomes = cleanup.cancel(wire.session(), List.of("sir-1a2b3c4d"), Map.of("sir-1a2b3c4d", "i-0aaa1111bbbb22223"), false, false);

        assertThat(wire.ec2Actions()).containsExactly(CANCEL);
        assertThat(outcomes).singleElement().extracting(IdOutcome::status).isEqualTo(IdOutcome.Status.DONE);
    }

    @Test
    void aFailedTerminateIsReportedPerInstanceAndTheCancelStillShows() {
        wire.aws().ec2Page(CANCEL, null, null, cancelled("sir-1a2b3c4d"));
        wire.aws().ec2Page(DESCRIBE, null, null, describeSpotRequests(null,
                spotRequest("sir-1a2b3c4d", "cancelled", "request-canceled-and-instance-running", "i-0aaa1111bbbb22223")));
        wire.aws().ec2Error(TERMINATE, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var outcomes = cleanup.cancel(wire.session(), List.of("sir-1a2b3c4d"), Map.of(), true, false);

        assertThat(outcomes).extracting(IdOutcome::step, IdOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IdOutcome.Step.CANCEL, IdOutcome.Status.DONE),
                org.assertj.core.groups.Tuple.tuple(IdOutcome.Step.TERMINATE, IdOutcome.Status.FAILED));
        assertThat(outcomes.get(1).detail()).contains("UnauthorizedOperation");
    }

    @Test
    void aDryRunChangesNothingAndValidatesBothSteps() {
        wire.aws().ec2Error(CANCEL, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        wire.aws().ec2Page(DESCRIBE, null, null, describeSpotRequests(null,
                spotRequest("sir-1a2b3c4d", "active", "fulfilled", "i-0aaa1111bbbb22223")));
        wire.aws().ec2Error(TERMINATE, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var outcomes = cleanup.cancel(wire.session(), List.of("sir-1a2b3c4d"), Map.of(), true, true);

        assertThat(outcomes).extracting(IdOutcome::status).containsExactly(IdOutcome.Status.WOULD_SUCCEED,
                IdOutcome.Status.NOT_PERMITTED);
        assertThat(outcomes.get(1).detail()).contains("ec2:TerminateInstances");
        assertThat(wire.bodies(CANCEL)).allMatch(b -> b.contains("DryRun=true"));
        assertThat(wire.bodies(TERMINATE)).allMatch(b -> b.contains("DryRun=true"));
    }

    /** The region-taking steps: every call of both steps goes to the requests' region, not the session's. */
    @Test
    void theStepsOfAnotherRegionThanTheSessionsAreSentThere() {
        var region = "ap-southeast-2";
        wire.aws().ec2Page(CANCEL, region, null, cancelled("sir-1a2b3c4d"));
        wire.aws().ec2Page(DESCRIBE, region, null, describeSpotRequests(null,
                spotRequest("sir-1a2b3c4d", "cancelled", "request-canceled-and-instance-running", "i-0aaa1111bbbb22223")));
        wire.aws().ec2Page(TERMINATE, region, null, terminating("i-0aaa1111bbbb22223"));

        var cancelled = cleanup.cancelStep(wire.session(), region, List.of("sir-1a2b3c4d"), Map.of(), false);
        var terminated = cleanup.terminateStep(wire.session(), region, cancelled, false);

        assertThat(wire.session().region().id()).isNotEqualTo(region);
        assertThat(cancelled.cancelledIds()).containsExactly("sir-1a2b3c4d");
        assertThat(terminated).singleElement().satisfies(o -> assertThat(o.id()).isEqualTo("i-0aaa1111bbbb22223"));
        assertThat(wire.aws().server().getAllServeEvents()).filteredOn(e -> e.getRequest().getBodyAsString()
                .contains("Action=" + CANCEL) || e.getRequest().getBodyAsString().contains("Action=" + TERMINATE)
                || e.getRequest().getBodyAsString().contains("Action=" + DESCRIBE))
                .hasSize(3).allSatisfy(e -> assertThat(org.spotspec.testing.AwsStub.signedRegion(e.getRequest()))
                        .isEqualTo(region));
    }
}
