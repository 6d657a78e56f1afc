package org.spotspec.aws.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.MfaRequest;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.prices.PriceQuery;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.AwsXml;
import org.spotspec.testing.Ec2Fixtures;
import org.spotspec.testing.TestAws;
import software.amazon.awssdk.regions.Region;

/**
 * Each kind of call SpotSpec makes, through its real service: how a good answer looks, and how to
 * make the call as the app and the command line do. A call ends in {@link Outcome}: its result,
 * or the problem the user is shown.
 */
enum FaultCall {
    GET_SESSION_TOKEN("Sign in with MFA", "GetSessionToken", true),
    GET_CALLER_IDENTITY("Sign in", "GetCallerIdentity", true),
    PRICES("Fetch prices in eu-west-1", "DescribeSpotPriceHistory", false),
    DESCRIBE_REQUESTS("List spot requests", "DescribeSpotInstanceRequests", false),
    DESCRIBE_INSTANCES("List instances", "DescribeInstances", false),
    LAUNCH("Launch spot instances", "RunInstances", false),
    CANCEL("Cancel spot requests", "CancelSpotInstanceRequests", false),
    TERMINATE("Terminate instances", "TerminateInstances", false);

    static final String CLIENT_TOKEN = "c0ffee00-fault-suite-token";
    static final List<String> REQUEST_IDS = List.of("sir-1a2b3c4d", "sir-2b3c4d5e");
    static final List<String> INSTANCE_IDS = List.of("i-0aaa1111bbbb22223");
    /** Every action that changes something in the account. */
    static final List<String> CHANGES = List.of("RunInstances", "RequestSpotInstances", "CancelSpotInstanceRequests",
            "TerminateInstances");
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    /** What a call came to: a result (its size) or the explained problem. */
    record Outcome(Optional<Integer> results, Optional<AwsProblem> problem) {
        static Outcome ok(int results) {
            return new Outcome(Optional.of(results), Optional.empty());
        }

        static Outcome failed(AwsProblem problem) {
            return new Outcome(Optional.empty(), Optional.of(problem));
        }
    }

    final String label;
    final String action;
    final boolean sts;

    FaultCall(String label, String action, boolean sts) {
        this.label = label;
        this.action = action;
        this.sts = sts;
    }

    /** The answer AWS gives when all is well. */
    String successBody() {
        return switch (this) {
            case GET_SESSION_TOKEN -> AwsStub.read("sts-get-session-token.xml")
                    .replace("${accessKeyId}", AwsStub.SESSION_KEY_ID).replace("${secretAccessKey}", TestAws.SESSION_SECRET)
                    .replace("${sessionToken}", TestAws.SESSION_TOKEN)
                    .replace("${expiration}", NOW.plus(Duration.ofHours(1)).toString());
            case GET_CALLER_IDENTITY -> AwsStub.read("sts-get-caller-identity.xml");
            case PRICES -> AwsStub.spotPricePage("", List.of(AwsStub.spotPriceItem("eu-west-1a", "m5.large",
                    "Linux/UNIX", "0.041000", NOW.minus(Duration.ofMinutes(30)))));
            case DESCRIBE_REQUESTS -> Ec2Fixtures.describeSpotRequests(null,
                    Ec2Fixtures.spotRequest(REQUEST_IDS.get(0), "active", "fulfilled", INSTANCE_IDS.get(0)));
            case DESCRIBE_INSTANCES -> Ec2Fixtures.describeInstances(null,
                    Ec2Fixtures.instance(INSTANCE_IDS.get(0), "running", REQUEST_IDS.get(0)));
            case LAUNCH -> AwsStub.read("ec2-run-instances.xml").replace("${clientToken}", CLIENT_TOKEN);
            case CANCEL -> Ec2Fixtures.cancelled(REQUEST_IDS.toArray(String[]::new));
            case TERMINATE -> Ec2Fixtures.terminating(INSTANCE_IDS.toArray(String[]::new));
        };
    }

    /** AWS's "service unavailable" in this service's own XML. */
    String unavailableBody() {
        return sts ? AwsXml.stsError("ServiceUnavailable", "Service is unavailable.", "e1c2-sts-503-example")
                : AwsXml.document(AwsXml.ec2Error("Unavailable", "The server is overloaded and can't handle the request.",
                        "e1c2-ec2-503-example"));
    }

    /** Makes the call with {@code session} (EC2 calls) or signs in through {@code sessions} (STS calls). */
    Outcome call(SessionService sessions, AwsSession session, AwsEndpoints endpoints) {
        try {
            return switch (this) {
                case GET_SESSION_TOKEN, GET_CALLER_IDENTITY -> {
                    try (var signedIn = sessions.signIn(signIn(endpoints))) {
                        yield Outcome.ok(signedIn.identity().account().isEmpty() ? 0 : 1);
                    }
                }
                case PRICES -> prices(session);
                case DESCRIBE_REQUESTS -> Outcome.ok(new SpotRequestService().describe(session).size());
                case DESCRIBE_INSTANCES -> Outcome.ok(new InstanceService().describe(session).size());
                case LAUNCH -> Outcome.ok(new LaunchService().launch(session, spec(), CLIENT_TOKEN).instanceIds().size());
                case CANCEL -> Outcome.ok(succeeded(new SpotRequestService().cancel(session, REQUEST_IDS)));
                case TERMINATE -> Outcome.ok(succeeded(new InstanceService().terminate(session, INSTANCE_IDS)));
            };
        } catch (RuntimeException e) {
            return Outcome.failed(ErrorTranslator.translate(label, e));
        }
    }

    private static Outcome prices(AwsSession session) {
        var query = new PriceQuery(List.of("eu-west-1"), List.of("m5.large"), List.of("Linux/UNIX"), List.of(),
                NOW.minus(Duration.ofHours(1)), NOW);
        var result = new SpotPriceService(1).fetch(session, query, org.spotspec.aws.FetchProgress.NONE, () -> false);
        // A failed region is reported beside the others, not thrown: that is what the user sees.
        return result.failedRegions().isEmpty() ? Outcome.ok((int) result.history().pointCount())
                : Outcome.failed(result.failedRegions().get("eu-west-1"));
    }

    private static int succeeded(List<org.spotspec.aws.IdOutcome> outcomes) {
        var failed = outcomes.stream().filter(o -> !o.succeeded()).findFirst();
        if (failed.isPresent()) {
            throw new AssertionError("not every id went through: " + outcomes);
        }
        return outcomes.size();
    }

    private SignInRequest signIn(AwsEndpoints endpoints) {
        var mfa = this == GET_SESSION_TOKEN
                ? Optional.of(new MfaRequest(AwsStub.MFA_SERIAL, Secret.of(TestAws.MFA_CODE), 3600))
                : Optional.<MfaRequest>empty();
        return new SignInRequest(new CredentialSource.TypedKeys(TestAws.KEY_ID, Secret.of(TestAws.SECRET)),
                Region.EU_WEST_1, mfa, endpoints);
    }

    static LaunchSpec spec() {
        return new LaunchSpec(LaunchSpec.Method.RUN_INSTANCES, "ami-0abcdef1234567890", "m5.large", 2, "", "ml-key",
                List.of("sg-0123456789abcdef0"), "", "", "", "", LaunchSpec.RequestType.ONE_TIME,
                LaunchSpec.Interruption.TERMINATE, Optional.empty(), java.util.Map.of());
    }
}
