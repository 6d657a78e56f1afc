package org.spotspec.model.tables;

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
import org.spotspec.model.requests.RequestsModel;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.QueryForm;
import org.spotspec.testing.WireSession;

/**
 * The Requests and Instances tables over several regions, against WireMock answering per region
 * (the region is the credential scope of each request's signature, as at AWS): rows of every
 * region, a failing region named while the others show, and cancel/terminate sending each id to
 * its own region. Real SDK clients, tasks inline, no toolkit.
 */
class MultiRegionTablesWireTest {
    private static final String DESCRIBE_REQUESTS = "DescribeSpotInstanceRequests";
    private static final String DESCRIBE_INSTANCES = "DescribeInstances";
    private static final String CANCEL = "CancelSpotInstanceRequests";
    private static final String TERMINATE = "TerminateInstances";
    private static final String US = "us-east-1";
    private static final String EU = "eu-west-1";
    private static final String SIR_US = "sir-0us1east1";
    private static final String SIR_EU = "sir-0eu1west1";
    private static final String I_US = "i-0aaa1111bbbb22223";
    private static final String I_EU = "i-0ccc3333dddd44445";

    @RegisterExtension
    final WireSession wire = new WireSession();

    private InlineCalls calls;
    private TableRegions regions;
    private RequestsModel requests;
    private InstancesModel instances;
    private final List<IdOutcome> outcomes = new ArrayList<>();
    private final List<AwsProblem> problems = new ArrayList<>();

    private void build() {
        calls = new InlineCalls(wire.session());
        regions = new TableRegions(calls.session);
        var instanceService = new InstanceService();
        var requestService = new SpotRequestService();
        instances = new InstancesModel(calls.calls, calls.session, regions, calls.status, calls.log, calls.clock,
                instanceService);
        requests = new RequestsModel(calls.calls, calls.session, regions, calls.status, calls.log, calls.clock,
                requestService, new SpotCleanup(requestService, instanceService), instances::refreshWhenShown);
    }

    private void stubRequests(String region, String id, String instanceId) {
        wire.aws().ec2Page(DESCRIBE_REQUESTS, region, null, describeSpotRequests(null,
                spotRequest(id, "active", "fulfilled", "persistent", instanceId)));
    }

    @Test
    void nothingChosenFollowsTheSessionsRegion() {
        build();

        assertThat(regions.followsSession()).isTrue();
        assertThat(regions.effective()).containsExactly(calls.session.current().orElseThrow().region().id());
    }

    @Test
    void everyChosenRegionIsReadInItsOwnRegionAndChangingTheChoiceReadsAgain() {
        build();
        stubRequests(US, SIR_US, I_US);
        stubRequests(EU, SIR_EU, I_EU);
        requests.table().shownProperty().set(true);
        assertThat(wire.aws().count(DESCRIBE_REQUESTS)).isEqualTo(1);

        regions.choose(List.of(US, EU));

        assertThat(requests.table().rows()).extracting(r -> r.region() + " " + r.id())
                .containsExactly(US + " " + SIR_US, EU + " " + SIR_EU);
        assertThat(wire.aws().requests(DESCRIBE_REQUESTS).subList(1, 3)).extracting(AwsStub::signedRegion)
                .containsExactlyInAnyOrder(US, EU);
        assertThat(requests.table().regionProblemsProperty().get()).isEmpty();
        assertThat(requests.table().problemProperty().get()).isNull();
    }

    @Test
    void aFailingRegionIsNamedWhileTheOthersRowsShow() {
        build();
        stubRequests(US, SIR_US, I_US);
        wire.aws().ec2Error(DESCRIBE_REQUESTS, EU, 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");
        regions.choose(List.of(US, EU));

        requests.table().shownProperty().set(true);

        assertThat(requests.table().rows()).extracting(r -> r.id()).containsExactly(SIR_US);
        assertThat(requests.table().problemProperty().get()).as("not a failure of the whole table").isNull();
        assertThat(requests.table().regionProblemsProperty().get()).containsOnlyKeys(EU);
        assertThat(requests.table().regionProblemsProperty().get().get(EU).code()).isEqualTo("UnauthorizedOperation");
        assertThat(requests.table().refreshedAtProperty().get()).isNotNull();
    }

    @Test
    void aRegionTheAccountHasNotEnabledSaysSoThoughItsAnswerHasNoBody() {
        build();
        stubRequests(US, SIR_US, I_US);
        // EC2's OptInRequired is a 401, whose body the HTTP client drops: only the status is left.
        wire.aws().ec2Error(DESCRIBE_REQUESTS, EU, 401, "OptInRequired", "You are not subscribed to this service.");
        regions.choose(List.of(US, EU));

        requests.table().shownProperty().set(true);

        var problem = requests.table().regionProblemsProperty().get().get(EU);
        assertThat(problem.meaning()).contains("region is one the account has not enabled (OptInRequired)");
        assertThat(problem.nextStep()).startsWith("If other regions work, enable this one");
    }

    @Test
    void everyRegionFailingIsAFailureOfTheTableAsWithOne() {
        build();
        wire.aws().ec2Error(DESCRIBE_INSTANCES, null, 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");
        regions.choose(List.of(US, EU));

        instances.table().shownProperty().set(true);

        assertThat(instances.table().rows()).isEmpty();
        assertThat(instances.table().problemProperty().get().code()).isEqualTo("UnauthorizedOperation");
        assertThat(instances.table().regionProblemsProperty().get()).isEmpty();
    }

    @Test
    void everyRegionFailingForItsOwnReasonNamesEachRegionAndWhy() {
        build();
        wire.aws().ec2Error(DESCRIBE_INSTANCES, US, 403, "UnauthorizedOperation",
                "You are not authorized to perform this operation.");
        wire.aws().ec2Error(DESCRIBE_INSTANCES, EU, 403, "Blocked", "The account is currently blocked.");
        regions.choose(List.of(US, EU));

        instances.table().shownProperty().set(true);

        var problem = instances.table().problemProperty().get();
        assertThat(problem.code()).as("the first region's, as with one region").isEqualTo("UnauthorizedOperation");
        assertThat(problem.meaning()).contains("Every region failed: " + US + " (UnauthorizedOperation), " + EU
                + " (Blocked)");
    }

    @Test
    void cancelThenTerminateSendsEachIdToItsOwnRegion() {
        build();
        stubRequests(US, SIR_US, I_US);
        stubRequests(EU, SIR_EU, I_EU);
        wire.aws().ec2Page(CANCEL, US, null, cancelled(SIR_US));
        wire.aws().ec2Page(CANCEL, EU, null, cancelled(SIR_EU));
        wire.aws().ec2Page(TERMINATE, US, null, terminating(I_US));
        wire.aws().ec2Page(TERMINATE, EU, null, terminating(I_EU));
        regions.choose(List.of(US, EU));
        requests.table().shownProperty().set(true);

        requests.cancel(List.copyOf(requests.table().rows()), true, false, outcomes::addAll, problems::add);

        assertThat(problems).isEmpty();
        assertThat(outcomes).allMatch(IdOutcome::succeeded).extracting(IdOutcome::id)
                .containsExactly(SIR_US, SIR_EU, I_US, I_EU);
        assertThat(sentTo(CANCEL, "SpotInstanceRequestId.1")).containsExactly(US + " " + SIR_US, EU + " " + SIR_EU);
        assertThat(sentTo(TERMINATE, "InstanceId.1")).containsExactly(US + " " + I_US, EU + " " + I_EU);
        assertThat(wire.aws().bodies(CANCEL)).allSatisfy(b -> assertThat(QueryForm.decode(b))
                .doesNotContainKey("SpotInstanceRequestId.2"));
    }

    @Test
    void aRegionWhoseCancelFailsAsAWholeFailsItsIdsAndTheOtherRegionIsStillCancelled() {
        build();
        stubRequests(US, SIR_US, I_US);
        stubRequests(EU, SIR_EU, I_EU);
        wire.aws().ec2Page(CANCEL, US, null, cancelled(SIR_US));
        wire.aws().ec2Error(CANCEL, EU, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        regions.choose(List.of(US, EU));
        requests.table().shownProperty().set(true);

        requests.cancel(List.copyOf(requests.table().rows()), false, false, outcomes::addAll, problems::add);

        assertThat(problems).isEmpty();
        assertThat(outcomes).extracting(o -> o.id() + " " + o.status())
                .containsExactly(SIR_US + " DONE", SIR_EU + " FAILED");
        assertThat(outcomes.get(1).detail()).contains("UnauthorizedOperation");
    }

    @Test
    void terminateAndItsDryRunGoToEachInstancesRegion() {
        build();
        wire.aws().ec2Page(DESCRIBE_INSTANCES, US, null, describeInstances(null, instance(I_US, "running", SIR_US)));
        wire.aws().ec2Page(DESCRIBE_INSTANCES, EU, null, describeInstances(null, instance(I_EU, "running", SIR_EU)));
        wire.aws().ec2Page(TERMINATE, US, null, terminating(I_US));
        wire.aws().ec2Page(TERMINATE, EU, null, terminating(I_EU));
        regions.choose(List.of(US, EU));
        instances.table().shownProperty().set(true);
        assertThat(instances.table().rows()).hasSize(2);

        instances.terminate(List.copyOf(instances.table().rows()), false, outcomes::addAll, problems::add);

        assertThat(problems).isEmpty();
        assertThat(outcomes).allMatch(IdOutcome::succeeded).extracting(IdOutcome::id).containsExactly(I_US, I_EU);
        assertThat(sentTo(TERMINATE, "InstanceId.1")).containsExactly(US + " " + I_US, EU + " " + I_EU);
    }

    /** Each call of {@code action}: the region it was signed for and its first id. */
    private List<String> sentTo(String action, String idField) {
        return wire.aws().requests(action).stream().map(r -> AwsStub.signedRegion(r) + " "
                + QueryForm.decode(r.getBodyAsString()).get(idField)).toList();
    }
}
