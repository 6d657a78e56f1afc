package org.spotspec.demo;

import static org.spotspec.testing.AwsXml.escape;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.spotspec.testing.AwsXml;
import org.spotspec.testing.CredentialScope;
import org.spotspec.testing.LoopbackHttp;

/**
 * A local STS + EC2 endpoint for trying SpotSpec without an AWS account, and for screenshots:
 * {@code LocalAws [--port 4566]}, on 127.0.0.1 only, until killed. Point SpotSpec's endpoint
 * (sign-in, Advanced) or {@code AWS_ENDPOINT_URL} at it; any access key and secret work.
 *
 * <p>Speaks the Query protocol (form-encoded POST, {@code Action=...}) and answers with the XML
 * the real services send. STS: GetSessionToken (any 6-digit code but 000000), AssumeRole (any role
 * ARN, the same codes, at most 1 h), GetCallerIdentity (the user, or the role assumed).
 * EC2, stateless: DescribeAvailabilityZones, DescribeInstanceTypeOfferings and a generated,
 * deterministic DescribeSpotPriceHistory ({@link SpotPriceGenerator}), GetSpotPlacementScores
 * ({@link LocalPlacementScores}: deterministic scores, top 10, a cap on new configurations); dry runs of anything.
 * EC2, stateful per region ({@link LocalEc2}): DescribeImages, DescribeKeyPairs,
 * DescribeSecurityGroups, DescribeSubnets ({@link Ec2Catalog}); RunInstances (spot with
 * {@code InstanceMarketOptions}, or on-demand), RequestSpotInstances, DescribeSpotInstanceRequests,
 * DescribeInstances, CancelSpotInstanceRequests and TerminateInstances, with ClientToken
 * idempotency, paging, filters, DryRun after validation, EC2's error codes and a quota of
 * {@value Ec2Region#SPOT_QUOTA} spot instances. Requests open → active after 3 s (or stay open,
 * price-too-low, while their max price is under the generated spot price); instances pending →
 * running after 5 s, shutting-down → terminated after 5 s; a persistent request relaunches.
 * A region is seeded on its first call with an active persistent request and its running
 * instance, a request closed by instance-terminated-by-price, and one open with
 * capacity-not-available. Interruptions, which only EC2 decides, come from a local action
 * ({@link Ec2Interruptions}): {@code curl -d 'Action=LocalInterruptSpotInstances&InstanceId.1=i-…&Region=us-east-1'
 * http://127.0.0.1:4566/} gives the two-minute notice (request status {@code marked-for-termination},
 * {@code -stop} or {@code -hibernation}); two minutes later the instance goes with StateReason
 * {@code Server.SpotInstanceTermination} and its request shows {@code instance-terminated-by-price}.
 * IAM Identity Center ({@link LocalSso}): the OIDC device sign-in, approved by opening the link it
 * prints ({@code curl 'http://127.0.0.1:4566/device?user_code=ABCD-EFGH'}; {@code &deny=1} refuses;
 * {@code --sso-auto-approve} approves every code), and the portal's accounts, roles and role
 * credentials, which EC2 and STS accept: GetCallerIdentity names {@code AWSReservedSSO_<role>_…}.
 * EC2 Fleet: CreateLaunchTemplate (names unique per region), CreateFleet of type instant
 * ({@link Ec2Fleet}: types × subnets, on-demand base, spot instances that show up in
 * DescribeInstances; {@code --no-capacity m5.large,c5.large} or the system property
 * {@value #NO_CAPACITY_PROPERTY} makes those types' pools answer InsufficientInstanceCapacity),
 * GetInstanceTypesFromInstanceRequirements over the types above ({@link Ec2TypeSizes}).
 * Times come from the clock given (the system clock in {@code main}).
 * Signatures are not checked; the region is read from the Authorization header's credential scope.
 *
 * <p>Why a simulator beside {@code testing.AwsStub}'s per-test WireMock answers: what EC2 answers
 * here follows from what was sent before (a launch shows up in DescribeInstances, then runs, then
 * terminates), which canned answers cannot do. Use it for the demo, for CI's run of the packaged
 * command line ({@code .ci/run}: {@code LocalAws --port 0}, whose first line names the address),
 * and for tests of whole flows; use AwsStub when a test needs one exact answer (an error, a delay,
 * a page) or checks what was sent. {@code bench.StubEc2} explains why the benchmark has its own.
 * The XML shapes all three send are {@link AwsXml}'s.
 */
public final class LocalAws {
    static final String ACCOUNT = AwsXml.ACCOUNT;
    static final String ARN = AwsXml.ARN;
    /** Offered in every region; the history of all of them when a request names no type. */
    static final List<String> INSTANCE_TYPES = Stream.of("t3 nano micro small medium large xlarge 2xlarge",
            "m5 large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge",
            "m6i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge",
            "c5 large xlarge 2xlarge 4xlarge 9xlarge 12xlarge 18xlarge 24xlarge",
            "c6i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge",
            "r5 large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge",
            "r6i large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 32xlarge",
            "g4dn xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge").map(f -> f.split(" "))
            .flatMap(f -> Stream.of(f).skip(1).map(size -> f[0] + "." + size)).toList();

    /** A system property naming types without capacity (comma list), like {@code --no-capacity}. */
    public static final String NO_CAPACITY_PROPERTY = "localaws.noCapacity";

    private final LocalSts stsTokens = new LocalSts();
    private final Clock clock;
    private final LocalEc2 ec2;
    private final LocalSso sso;
    private final LocalPlacementScores scores;
    private LoopbackHttp http;

    public LocalAws() {
        this(Clock.systemUTC());
    }

    /** An endpoint whose EC2 state moves on with {@code clock}. */
    public LocalAws(Clock clock) {
        this(clock, false, notice -> { });
    }

    /**
     * @param ssoAutoApprove approve each IAM Identity Center sign-in at its first poll, no browser needed
     * @param ssoNotices     told each sign-in's user code and approval link (no token or secret)
     */
    public LocalAws(Clock clock, boolean ssoAutoApprove, java.util.function.Consumer<String> ssoNotices) {
        this(clock, ssoAutoApprove, ssoNotices, Set.of());
    }

    /** As above, and {@code noCapacity}: types whose CreateFleet pools answer InsufficientInstanceCapacity. */
    public LocalAws(Clock clock, boolean ssoAutoApprove, java.util.function.Consumer<String> ssoNotices,
                    Set<String> noCapacity) {
        this.clock = clock;
        this.ec2 = new LocalEc2(clock, noCapacity);
        this.sso = new LocalSso(stsTokens, clock, ssoAutoApprove, ssoNotices);
        this.scores = new LocalPlacementScores(clock);
    }

    public static void main(String[] args) throws IOException {
        var options = LocalAwsOptions.parse(args, System.getProperty(NO_CAPACITY_PROPERTY, "")).orElseGet(() -> {
            System.err.println(LocalAwsOptions.USAGE);
            System.exit(2);
            return null;
        });
        int port = options.port();
        try {
            port = new LocalAws(Clock.systemUTC(), options.ssoAutoApprove(), System.out::println, options.noCapacity())
                    .start(port);
        } catch (BindException e) {
            System.err.println("Port " + port + " is taken (" + e.getMessage() + "); choose another with --port");
            System.exit(1);
        }
        System.out.println("Local AWS on http://127.0.0.1:" + port + " (Ctrl+C to stop)");
    }

    /** Starts listening on 127.0.0.1:{@code port} (0: any free port); returns the port bound. */
    public synchronized int start(int port) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else each call waits ~40 ms for an ACK
        http = LoopbackHttp.start(port, "local-aws", 16, this::handle);
        return http.port();
    }

    public synchronized void stop() {
        if (http != null) {
            http.stop();
            http = null;
        }
    }

    /** The AMI ids {@code region} lists, for tests that launch through SpotSpec. */
    public List<String> imageIds(String region) {
        return ec2.imageIds(region);
    }

    /** The subnet ids {@code region} has (one per zone, a to c), for tests that launch into them. */
    public List<String> subnetIds(String region) {
        return ec2.subnetIds(region);
    }

    /**
     * Instance id → state in {@code region} as of the clock: what this EC2 itself holds, for tests
     * to check what reached it (empty before the region's first call).
     */
    public Map<String, String> instanceStates(String region) {
        return ec2.states(region, false);
    }

    /** Spot request id → state in {@code region} as of the clock, as {@link #instanceStates}. */
    public Map<String, String> requestStates(String region) {
        return ec2.states(region, true);
    }

    /** An AWS error answer: thrown anywhere in a handler, sent in the service's error format. */
    static final class Fault extends RuntimeException {
        final int status;
        final String code;

        Fault(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private record Answer(int status, String xml) {
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (LocalSso.handles(exchange.getRequestURI().getPath())) {
                sso.handle(exchange); // REST-JSON paths; everything else is the Query protocol's POST /
                return;
            }
            var form = LoopbackHttp.form(exchange);
            var scope = LoopbackHttp.scope(exchange);
            var keyId = scope.map(CredentialScope::keyId).orElse("");
            // Unsigned calls (curl, for LocalInterruptSpotInstances) may name it as Region=.
            var region = scope.map(CredentialScope::region).orElseGet(() -> form.getOrDefault("Region", "us-east-1"));
            var action = form.getOrDefault("Action", "");
            boolean sts = scope.map(s -> s.service().equals("sts"))
                    .orElseGet(() -> action.matches("GetSessionToken|GetCallerIdentity"));
            var requestId = UUID.randomUUID().toString();
            Answer answer;
            try {
                answer = sts ? sts(action, form, keyId, requestId) : ec2(action, form, region, requestId);
            } catch (Fault f) {
                answer = new Answer(f.status, sts ? AwsXml.stsError(f.code, f.getMessage(), requestId)
                        : AwsXml.ec2Error(f.code, f.getMessage(), requestId));
            } catch (RuntimeException e) {
                answer = new Answer(500, sts ? AwsXml.stsError("InternalFailure", String.valueOf(e), requestId)
                        : AwsXml.ec2Error("InternalError", String.valueOf(e), requestId));
            }
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            LoopbackHttp.sendXml(exchange, answer.status(),
                    AwsXml.document(answer.xml()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private Answer sts(String action, Map<String, String> form, String keyId, String requestId) {
        var result = switch (action) {
            case "GetSessionToken" -> stsTokens.sessionToken(form, keyId, clock.instant());
            case "AssumeRole" -> stsTokens.assumeRole(form, clock.instant());
            case "GetCallerIdentity" -> stsTokens.callerIdentity(keyId);
            default -> throw new Fault(400, "InvalidAction", "Could not find operation " + action
                    + " for version 2011-06-15");
        };
        return new Answer(200, AwsXml.stsResponse(action, requestId, result));
    }

    private Answer ec2(String action, Map<String, String> form, String region, String requestId) {
        if (LocalEc2.ACTIONS.contains(action)) {
            return new Answer(200, AwsXml.ec2Response(action, requestId, ec2.handle(action, form, region)));
        }
        if (new Ec2Form(form).dryRun()) {
            throw Ec2Faults.dryRun();
        }
        var body = switch (action) {
            case "DescribeAvailabilityZones" -> zones(region);
            case "DescribeInstanceTypeOfferings" -> offerings(form, region);
            case "DescribeSpotPriceHistory" ->
                    SpotPriceHistoryAction.describe(form, region, INSTANCE_TYPES, clock.instant());
            case LocalPlacementScores.ACTION -> scores.handle(form);
            default -> throw new Fault(400, "InvalidAction",
                    "The action " + action + " is not valid for this web service."); // escaped as it is sent
        };
        return new Answer(200, AwsXml.ec2Response(action, requestId, body));
    }

    private static String zones(String region) {
        var r = escape(region);
        var out = new StringBuilder("<availabilityZoneInfo>");
        for (int i = 0; i < 3; i++) {
            out.append("<item><zoneName>" + r + (char) ('a' + i) + "</zoneName><optInStatus>opt-in-not-required"
                    + "</optInStatus><zoneState>available</zoneState><regionName>" + r + "</regionName><groupName>" + r
                    + "</groupName><networkBorderGroup>" + r + "</networkBorderGroup><zoneId>" + zoneId(region, i)
                    + "</zoneId><zoneType>availability-zone</zoneType><messageSet/></item>");
        }
        return out.append("</availabilityZoneInfo>").toString();
    }

    /** The three zones every region has here: eu-west-1a, eu-west-1b, eu-west-1c. */
    static List<String> zoneNames(String region) {
        return List.of(region + "a", region + "b", region + "c");
    }

    /** The id of the zone {@code index} (0: a) of {@code region}: shuffled against names, always the same way. */
    static String zoneId(String region, int index) {
        int shift = (int) Math.floorMod(SpotPriceGenerator.hash(region), 3L);
        return zoneIdPrefix(region) + "-az" + ((index + shift) % 3 + 1);
    }

    /** eu-west-1 → euw1, ap-southeast-2 → apse2, us-gov-west-1 → usgw1, ca-central-1 → cac1. */
    static String zoneIdPrefix(String region) {
        var parts = region.split("-");
        var prefix = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            var part = parts[i];
            var compass = part.replace("north", "n").replace("south", "s").replace("east", "e").replace("west", "w")
                    .replace("central", "c");
            prefix.append(part.matches("[0-9]+") || !compass.equals(part) ? compass : part.substring(0, 1));
        }
        return prefix.toString();
    }

    private static String offerings(Map<String, String> form, String region) {
        var locationType = form.getOrDefault("LocationType", "region");
        var locations = locationType.equals("region") ? List.of(region) : zoneNames(region);
        var all = new ArrayList<String>();
        for (var type : INSTANCE_TYPES) {
            for (var location : locations) {
                all.add("<item><instanceType>" + type + "</instanceType><locationType>" + escape(locationType)
                        + "</locationType><location>" + escape(location) + "</location></item>");
            }
        }
        var page = new Ec2Form(form).page("offerings", all);
        return "<instanceTypeOfferingSet>" + String.join("", page.items()) + "</instanceTypeOfferingSet>"
                + page.tokenXml();
    }
}
