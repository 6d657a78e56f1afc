package org.spotspec.model.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.cancelled;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;
import static org.spotspec.testing.Ec2Fixtures.terminating;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotCleanup;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.MfaPrompter;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;
import org.spotspec.model.tables.TableRegions;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestAws;
import org.spotspec.testing.WireSession;
import software.amazon.awssdk.regions.Region;

/**
 * Cancel + terminate when the MFA session ends between the two: EC2 answers the terminate with
 * ExpiredToken, the app asks for a fresh code (the MFA prompt), renews, and terminates; nothing
 * fails with ExpiredToken. Real SDK clients against WireMock, tasks inline, no toolkit.
 */
class CancelTerminateRenewalTest {
    private static final String SIR = "sir-1a2b3c4d";
    private static final String INSTANCE = "i-0aaa1111bbbb22223";
    private static final String TERMINATE = "TerminateInstances";

    private final AwsStub aws = new AwsStub();
    private final AwsClientFactory clients = new AwsClientFactory(WireSession.SETTINGS, CallJournal.none(),
            Clock.systemUTC());
    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));
    private final List<MfaPrompter.Prompt> prompts = new ArrayList<>();
    private final List<IdOutcome> outcomes = new ArrayList<>();
    private final List<AwsProblem> problems = new ArrayList<>();
    private Path home;

    @AfterEach
    void close() throws IOException {
        clients.close();
        aws.close();
        Files.deleteIfExists(home);
    }

    private RequestsModel signedInWithMfa(Optional<String> freshCode) throws IOException {
        aws.ec2Page("CancelSpotInstanceRequests", null, null, cancelled(SIR));
        aws.ec2Page("DescribeSpotInstanceRequests", null, null, describeSpotRequests(null,
                spotRequest(SIR, "cancelled", "request-canceled-and-instance-running", "persistent", INSTANCE)));
        aws.ec2ExpiresOnce(TERMINATE, terminating(INSTANCE));
        return signedInWithMfa(freshCode, List.of());
    }

    private RequestsModel signedInWithMfa(Optional<String> freshCode, List<String> regions) throws IOException {
        home = Files.createTempDirectory("spotspec-renewal");
        aws.callerIdentity();
        aws.sessionToken(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, Instant.parse("2030-01-01T13:00:00Z"));
        var sessions = new SessionService(clients, TestAws.emptyEnvironment(home), () -> {
            throw new AssertionError("typed keys need no profiles");
        });
        var signedIn = sessions.signIn(new SignInRequest(new CredentialSource.TypedKeys(TestAws.KEY_ID,
                Secret.of(TestAws.SECRET)), Region.EU_WEST_1, Optional.of(new MfaRequest(AwsStub.MFA_SERIAL,
                Secret.of(TestAws.MFA_CODE), 3600)), new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri()))));
        var log = new ActivityLog(Runnable::run, clock);
        var status = new StatusState(log);
        var session = new SessionState(clock);
        session.set(signedIn);
        MfaPrompter prompter = prompt -> {
            prompts.add(prompt);
            return freshCode.map(Secret::of);
        };
        var calls = new AwsCalls(TaskRunner.inline(), session, sessions, prompter, status, log);
        var requestService = new SpotRequestService();
        var instanceService = new InstanceService();
        var tableRegions = new TableRegions(session);
        tableRegions.choose(regions);
        var model = new RequestsModel(calls, session, tableRegions, status, log, clock, requestService,
                new SpotCleanup(requestService, instanceService), () -> { });
        model.table().shownProperty().set(true);
        assertThat(model.table().rows()).hasSize(Math.max(1, regions.size()));
        return model;
    }

    @Test
    void theMfaPromptRenewsTheSessionAndTheTerminateGoesOn() throws IOException {
        var model = signedInWithMfa(Optional.of("654321"));

        model.cancel(List.copyOf(model.table().rows()), true, false, outcomes::addAll, problems::add);

        assertThat(problems).isEmpty();
        assertThat(prompts).singleElement().satisfies(p -> assertThat(p.serial()).isEqualTo(AwsStub.MFA_SERIAL));
        assertThat(aws.bodies("GetSessionToken")).hasSize(2);
        assertThat(aws.bodies("GetSessionToken").get(1)).contains("TokenCode=654321");
        assertThat(aws.count("CancelSpotInstanceRequests")).as("the cancel is not repeated").isEqualTo(1);
        assertThat(aws.count(TERMINATE)).isEqualTo(2);
        assertThat(outcomes).extracting(IdOutcome::id, IdOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SIR, IdOutcome.Status.DONE),
                org.assertj.core.groups.Tuple.tuple(INSTANCE, IdOutcome.Status.DONE));
    }

    @Test
    void whenTheUserDoesNotRenewTheCancelStillShowsAndTheInstanceSaysWhy() throws IOException {
        var model = signedInWithMfa(Optional.empty());

        model.cancel(List.copyOf(model.table().rows()), true, false, outcomes::addAll, problems::add);

        assertThat(problems).isEmpty();
        assertThat(prompts).hasSize(1);
        assertThat(outcomes).extracting(IdOutcome::id, IdOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SIR, IdOutcome.Status.DONE),
                org.assertj.core.groups.Tuple.tuple(INSTANCE, IdOutcome.Status.FAILED));
        assertThat(outcomes.get(1).detail()).contains("ExpiredToken");
    }

    /** Across regions: the session ends at the first region's terminate; after renewal every region's terminate runs. */
    @Test
    void acrossRegionsTheRenewalComesOnceAndEachRegionsInstanceIsTerminatedInItsRegion() throws IOException {
        var sirUs = "sir-0us1east1";
        var instanceUs = "i-0ccc3333dddd44445";
        for (var r : List.of(new String[] {"eu-west-1", SIR, INSTANCE}, new String[] {"us-east-1", sirUs, instanceUs})) {
            aws.ec2Page("CancelSpotInstanceRequests", r[0], null, cancelled(r[1]));
            aws.ec2Page("DescribeSpotInstanceRequests", r[0], null, describeSpotRequests(null,
                    spotRequest(r[1], "cancelled", "request-canceled-and-instance-running", "persistent", r[2])));
            aws.server().stubFor(AwsStub.action(TERMINATE).inScenario("expiry").whenScenarioStateIs("renewed")
                    .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.containing(
                            "/" + r[0] + "/ec2/")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                            .aResponse().withStatus(200).withBody(terminating(r[2]))));
        }
        aws.server().stubFor(AwsStub.action(TERMINATE).inScenario("expiry")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withBody(AwsStub.ec2ErrorBody("ExpiredToken", "The provided token has expired.")))
                .willSetStateTo("renewed"));
        var model = signedInWithMfa(Optional.of("654321"), List.of("eu-west-1", "us-east-1"));

        model.cancel(List.copyOf(model.table().rows()), true, false, outcomes::addAll, problems::add);

        assertThat(problems).isEmpty();
        assertThat(prompts).hasSize(1);
        assertThat(aws.count("CancelSpotInstanceRequests")).as("one cancel per region, not repeated").isEqualTo(2);
        assertThat(outcomes).allMatch(IdOutcome::succeeded).extracting(IdOutcome::id)
                .containsExactlyInAnyOrder(SIR, sirUs, INSTANCE, instanceUs);
        assertThat(aws.requests(TERMINATE).subList(1, 3)).extracting(r -> AwsStub.signedRegion(r) + " "
                + AwsStub.form(r.getBodyAsString()).get("InstanceId.1"))
                .containsExactlyInAnyOrder("eu-west-1 " + INSTANCE, "us-east-1 " + instanceUs);
    }
}
