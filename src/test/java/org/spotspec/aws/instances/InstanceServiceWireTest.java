package org.spotspec.aws.instances;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.instance;
import static org.spotspec.testing.Ec2Fixtures.terminating;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.IdOutcome;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.WireSession;

/** InstanceService with the real SDK client against a local EC2 answering in EC2's XML. */
class InstanceServiceWireTest {
    private static final String DESCRIBE = "DescribeInstances";
    private static final String TERMINATE = "TerminateInstances";

    @RegisterExtension
    final WireSession wire = new WireSession();
    private final InstanceService service = new InstanceService();

    @Test
    void describeAsksForSpotInstancesOnlyAndFollowsEveryPage() {
        wire.aws().ec2Page(DESCRIBE, "eu-west-1", null, describeInstances("eyJ2IjoiMiIsImMiOiJpbnN0YW5jZXMtMiJ9",
                instance("i-0aaa1111bbbb22223", "running", "sir-1a2b3c4d")));
        wire.aws().ec2Page(DESCRIBE, "eu-west-1", "eyJ2IjoiMiIsImMiOiJpbnN0YW5jZXMtMiJ9", describeInstances(null,
                instance("i-0ccc3333dddd44445", "stopped", "sir-2b3c4d5e")));

        var instances = service.describe(wire.session());

        assertThat(instances).extracting(SpotInstance::id).containsExactly("i-0aaa1111bbbb22223", "i-0ccc3333dddd44445");
        var first = instances.get(0);
        assertThat(first.state()).isEqualTo("running");
        assertThat(first.instanceType()).isEqualTo("m5.large");
        assertThat(first.zone()).isEqualTo("eu-west-1a");
        assertThat(first.publicIp()).startsWith("54.74.1.");
        assertThat(first.privateIp()).startsWith("10.0.1.");
        assertThat(first.publicDns()).endsWith(".eu-west-1.compute.amazonaws.com");
        assertThat(first.privateDns()).endsWith(".eu-west-1.compute.internal");
        assertThat(first.spotRequestId()).isEqualTo("sir-1a2b3c4d");
        assertThat(first.keyName()).isEqualTo("alice-laptop");
        assertThat(first.name()).isEqualTo("worker-i-0aaa1111bbbb22223");
        assertThat(first.launchTime()).isNotNull();
        var bodies = wire.bodies(DESCRIBE);
        assertThat(bodies).hasSize(2).allMatch(b -> b.contains("Filter.1.Name=instance-lifecycle")
                && b.contains("Filter.1.Value.1=spot") && b.contains("MaxResults=1000"));
        assertThat(bodies.get(1)).contains("NextToken=eyJ2IjoiMiIsImMiOiJpbnN0YW5jZXMtMiJ9");
    }

    @Test
    void notFoundIdsAreReportedAndTheRestAreTerminatedInOneRetry() {
        wire.aws().server().stubFor(AwsStub.action(TERMINATE).withRequestBody(containing("i-0000000000000dead"))
                .willReturn(aResponse().withStatus(400).withBody(AwsStub.ec2ErrorBody("InvalidInstanceID.NotFound",
                        "The instance IDs 'i-0000000000000dead, i-0a' do not exist"))));
        wire.aws().server().stubFor(AwsStub.action(TERMINATE).withRequestBody(notContaining("i-0000000000000dead"))
                .willReturn(aResponse().withStatus(200).withBody(terminating("i-0aaa1111bbbb22223"))));

        var outcomes = service.terminate(wire.session(), List.of("i-0aaa1111bbbb22223", "i-0000000000000dead", "i-0a"));

        assertThat(outcomes).extracting(IdOutcome::id, IdOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i-0aaa1111bbbb22223", IdOutcome.Status.DONE),
                org.assertj.core.groups.Tuple.tuple("i-0000000000000dead", IdOutcome.Status.NOT_FOUND),
                org.assertj.core.groups.Tuple.tuple("i-0a", IdOutcome.Status.NOT_FOUND));
        assertThat(outcomes.get(0).state()).isEqualTo("running → shutting-down");
        var bodies = wire.bodies(TERMINATE);
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).contains("InstanceId.1=i-0aaa1111bbbb22223").doesNotContain("InstanceId.2");
    }

    @Test
    void whenEveryIdIsUnknownNothingIsRetried() {
        wire.aws().ec2Error(TERMINATE, 400, "InvalidInstanceID.Malformed", "Invalid id: \"i-zz\"");

        var outcomes = service.terminate(wire.session(), List.of("i-zz"));

        assertThat(outcomes).singleElement().extracting(IdOutcome::status).isEqualTo(IdOutcome.Status.NOT_FOUND);
        assertThat(wire.bodies(TERMINATE)).hasSize(1);
    }

    @Test
    void anIdThatOnlyStartsLikeABadOneIsNotTakenForIt() {
        // "i-0a" must not match inside "i-0aaa…": ids are matched as whole words.
        wire.aws().ec2Error(TERMINATE, 400, "InvalidInstanceID.NotFound", "The instance ID 'i-0aaa1111bbbb22223' does not exist");
        var bad = org.spotspec.aws.IdBatch.badIds(
                software.amazon.awssdk.services.ec2.model.Ec2Exception.builder().awsErrorDetails(
                        software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                                .errorCode("InvalidInstanceID.NotFound")
                                .errorMessage("The instance ID 'i-0aaa1111bbbb22223' does not exist").build()).build(),
                List.of("i-0a", "i-0aaa1111bbbb22223"));

        assertThat(bad).containsExactly("i-0aaa1111bbbb22223");
    }

    @Test
    void dryRunOperationIsWouldSucceed() {
        wire.aws().ec2Error(TERMINATE, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");

        var outcomes = service.terminateDryRun(wire.session(), List.of("i-0aaa1111bbbb22223"));

        assertThat(outcomes).singleElement().extracting(IdOutcome::status).isEqualTo(IdOutcome.Status.WOULD_SUCCEED);
        assertThat(wire.bodies(TERMINATE)).singleElement().asString().contains("DryRun=true");
    }
}
