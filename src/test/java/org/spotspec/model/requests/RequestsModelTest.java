package org.spotspec.model.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.cancelled;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.instance;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;
import static org.spotspec.testing.Ec2Fixtures.terminating;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotCleanup;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.model.instances.InstancesModel;
import org.spotspec.model.tables.TableRegions;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.WireSession;

/**
 * A cancel that terminates instances tells the Instances tab, wired as the app wires it: a hidden
 * Instances tab is read only when shown, a shown one at once. Real SDK clients against WireMock,
 * tasks inline on the test's thread, no toolkit.
 */
class RequestsModelTest {
    private static final String DESCRIBE_INSTANCES = "DescribeInstances";
    private static final String SIR = "sir-1a2b3c4d";
    private static final String INSTANCE = "i-0aaa1111bbbb22223";

    @RegisterExtension
    final WireSession wire = new WireSession();

    private RequestsModel requests;
    private InstancesModel instances;
    private final List<IdOutcome> outcomes = new ArrayList<>();
    private final List<AwsProblem> problems = new ArrayList<>();

    private void build() {
        var aws = wire.aws();
        aws.ec2Page("DescribeSpotInstanceRequests", null, null, describeSpotRequests(null,
                spotRequest(SIR, "active", "fulfilled", "persistent", INSTANCE)));
        aws.ec2Page("CancelSpotInstanceRequests", null, null, cancelled(SIR));
        aws.ec2Page("TerminateInstances", null, null, terminating(INSTANCE));
        aws.ec2Page(DESCRIBE_INSTANCES, null, null, describeInstances(null, instance(INSTANCE, "shutting-down", SIR)));
        var calls = new InlineCalls(wire.session());
        var instanceService = new InstanceService();
        var requestService = new SpotRequestService();
        instances = new InstancesModel(calls.calls, calls.session, new TableRegions(calls.session), calls.status, calls.log, calls.clock,
                instanceService);
        requests = new RequestsModel(calls.calls, calls.session, new TableRegions(calls.session), calls.status, calls.log, calls.clock,
                requestService, new SpotCleanup(requestService, instanceService), instances::refreshWhenShown);
        requests.table().shownProperty().set(true);
        assertThat(requests.table().rows()).hasSize(1);
    }

    private void cancelWithInstances() {
        requests.cancel(List.copyOf(requests.table().rows()), true, false, outcomes::addAll, problems::add);
        assertThat(problems).isEmpty();
        assertThat(outcomes).extracting(IdOutcome::id).containsExactly(SIR, INSTANCE);
    }

    @Test
    void aHiddenInstancesTabIsReadOnlyWhenShown() {
        build();

        cancelWithInstances();
        assertThat(wire.aws().count(DESCRIBE_INSTANCES)).as("no call for a hidden tab").isZero();

        instances.table().shownProperty().set(true);
        assertThat(wire.aws().count(DESCRIBE_INSTANCES)).as("one read when shown").isEqualTo(1);
        assertThat(instances.table().rows()).singleElement().satisfies(i -> assertThat(i.id()).isEqualTo(INSTANCE));
    }

    @Test
    void aShownInstancesTabIsReadAtOnce() {
        build();
        instances.table().shownProperty().set(true);
        assertThat(wire.aws().count(DESCRIBE_INSTANCES)).isEqualTo(1);

        cancelWithInstances();

        assertThat(wire.aws().count(DESCRIBE_INSTANCES)).isEqualTo(2);
    }
}
