package org.spotspec.aws.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spotspec.aws.AwsCallRecord;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallerIdentity;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Every fault × every kind of call, over real HTTP with the real SDK clients and services: the
 * user is told which fault it was (with code, meaning, next step and request id where AWS gave
 * one), the call ends as it should (the SDK's retries make a short burst of 503s or one reset
 * invisible), a retried launch always carries the one ClientToken, and nothing is cancelled or
 * terminated that was not asked. Prints the table the README's "Reliability" section shows.
 */
class FaultSuiteTest {
    private static final Map<Fault, Map<FaultCall, String>> TABLE = new EnumMap<>(Fault.class);
    private static AwsStub aws;

    @TempDir
    Path home;

    @BeforeAll
    static void startStub() {
        aws = new AwsStub();
    }

    @AfterEach
    void resetStub() {
        aws.server().resetAll();
    }

    @AfterAll
    static void printTableAndCheckTheReadme() throws java.io.IOException {
        aws.close();
        var table = FaultTable.markdown(TABLE);
        System.out.println(table);
        boolean complete = TABLE.values().stream().mapToInt(Map::size).sum()
                == Fault.values().length * FaultCall.values().length;
        if (complete) {
            assertThat(Files.readString(Path.of("README.md"))).as("README's Reliability table, from this run")
                    .contains(table);
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(Fault.values()).flatMap(f -> Stream.of(FaultCall.values()).map(c -> Arguments.of(f, c)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cases")
    void theUserIsToldWhatHappenedAndNothingHappensTwice(Fault fault, FaultCall call) throws Exception {
        aws.callerIdentity();
        aws.server().stubFor(AwsStub.action(call.action).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(call.successBody())));
        fault.stage(aws.server(), call);
        var journal = new ArrayList<AwsCallRecord>();
        FaultCall.Outcome outcome;
        try (var clients = new AwsClientFactory(fault.settings(), journal::add, Clock.systemUTC());
             var session = session(clients)) {
            var sessions = new SessionService(clients, TestAws.emptyEnvironment(Files.createDirectories(home)), () -> {
                throw new AssertionError("typed keys need no profiles");
            });
            outcome = call.call(sessions, session, endpoints());
        }

        var sent = aws.requests(call.action);
        if (fault.succeeds()) {
            assertThat(outcome.problem()).as("the SDK's retries hide a short fault").isEmpty();
            assertThat(outcome.results()).hasValueSatisfying(n -> assertThat(n).isPositive());
        } else {
            assertThat(outcome.problem()).hasValueSatisfying(p -> explained(p, fault, call));
        }
        assertThat(sent).as("requests that reached the endpoint").hasSize(fault.sends);
        nothingElseChanged(call, sent);
        assertThat(journal).as("one journal line per call, not per attempt")
                .filteredOn(r -> r.operation().equals(call.action)).hasSize(1);
        TABLE.computeIfAbsent(fault, f -> new EnumMap<>(FaultCall.class)).put(call, FaultTable.cell(outcome, sent.size()));
    }

    private static void explained(AwsProblem problem, Fault fault, FaultCall call) {
        assertThat(problem.code()).as(problem.details()).isEqualTo(fault.expectedCode(call));
        assertThat(problem.headline()).isEqualTo(call.label + " failed: " + fault.expectedCode(call));
        assertThat(problem.meaning()).isNotBlank().doesNotContain("could not be made", "unexpected error",
                "not an AWS response");
        assertThat(problem.nextStep()).isNotBlank();
        assertThat(problem.details()).doesNotContain(TestAws.SECRET, TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN,
                TestAws.MFA_CODE);
        switch (fault) {
            case SLOW -> assertThat(problem.meaning()).contains("0.2 s", "2 attempts");
            case UNAVAILABLE -> {
                assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.SERVICE_ERROR);
                assertThat(problem.requestId()).isEqualTo(call.sts ? "e1c2-sts-503-example" : "e1c2-ec2-503-example");
                assertThat(problem.meaning()).contains("3 attempts");
            }
            case UNPARSED_ERROR -> assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.BAD_CREDENTIALS);
            case RESET, EMPTY, NOT_HTTP -> assertThat(problem.meaning()).contains("3 attempts");
            default -> { }
        }
        if (fault != Fault.UNAVAILABLE && fault != Fault.UNPARSED_ERROR) {
            assertThat(problem.nextStep()).as("a fault after sending may have been acted on")
                    .contains("refresh to see");
        }
    }

    /** A launch is one ClientToken however often it was sent; only the asked ids are touched. */
    private static void nothingElseChanged(FaultCall call, List<LoggedRequest> sent) {
        for (var change : FaultCall.CHANGES) {
            if (!change.equals(call.action)) {
                assertThat(aws.count(change)).as(change + " was never asked for").isZero();
            }
        }
        var forms = sent.stream().map(r -> AwsStub.form(r.getBodyAsString())).toList();
        switch (call) {
            case LAUNCH -> assertThat(forms).allSatisfy(f -> assertThat(f)
                    .containsEntry("ClientToken", FaultCall.CLIENT_TOKEN).containsEntry("MaxCount", "2"));
            case CANCEL -> assertThat(forms).allSatisfy(f -> assertThat(ids(f, "SpotInstanceRequestId."))
                    .isEqualTo(FaultCall.REQUEST_IDS));
            case TERMINATE -> assertThat(forms).allSatisfy(f -> assertThat(ids(f, "InstanceId."))
                    .isEqualTo(FaultCall.INSTANCE_IDS));
            default -> { }
        }
    }

    private static List<String> ids(Map<String, String> form, String prefix) {
        return form.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue).toList();
    }

    private static AwsEndpoints endpoints() {
        return new AwsEndpoints(Optional.of(aws.uri()), Optional.of(aws.uri()));
    }

    /** Signed in already (as after the sign-in form), so only the call under test goes over the wire. */
    private static AwsSession session(AwsClientFactory clients) {
        var request = new SignInRequest(new CredentialSource.TypedKeys(TestAws.KEY_ID, Secret.of(TestAws.SECRET)),
                Region.EU_WEST_1, Optional.empty(), endpoints());
        var keys = StaticCredentialsProvider.create(AwsBasicCredentials.create(TestAws.KEY_ID, TestAws.SECRET));
        return AwsSession.withKnownIdentity(request, keys, Optional.empty(),
                new CallerIdentity(AwsStub.ACCOUNT, AwsStub.ARN, "AIDAEXAMPLEUSERID0001"), clients);
    }
}
