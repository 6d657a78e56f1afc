package org.spotspec.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.spotspec.concurrent.DaemonExecutors;

/**
 * A local STS + EC2 endpoint for trying SpotSpec without an AWS account, and for screenshots:
 * {@code LocalAws [--port 4566]}, on 127.0.0.1 only, until killed. Point SpotSpec's endpoint
 * (sign-in, Advanced) or {@code AWS_ENDPOINT_URL} at it; any access key and secret work.
 *
 * <p>Speaks the Query protocol (form-encoded POST, {@code Action=...}) and answers with the XML
 * the real services send. STS: GetSessionToken (any 6-digit code but 000000), GetCallerIdentity.
 * EC2, stateless: DescribeAvailabilityZones, DescribeInstanceTypeOfferings and a generated,
 * deterministic DescribeSpotPriceHistory ({@link SpotPriceGenerator}); dry runs of anything.
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
 * capacity-not-available. Times come from the clock given (the system clock in {@code main}).
 * Signatures are not checked; the region is read from the Authorization header's credential scope.
 */
public final class LocalAws {
    static final String ACCOUNT = "123456789012";
    static final String ARN = "arn:aws:iam::123456789012:user/alice";
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

    private static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    private static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final Pattern SCOPE = Pattern.compile("Credential=([^/,\\s]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");

    private final LocalSts stsTokens = new LocalSts();
    private final Clock clock;
    private final LocalEc2 ec2;
    private HttpServer server;
    private ExecutorService pool;

    public LocalAws() {
        this(Clock.systemUTC());
    }

    /** An endpoint whose EC2 state moves on with {@code clock}. */
    public LocalAws(Clock clock) {
        this.clock = clock;
        this.ec2 = new LocalEc2(clock);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 0 && (args.length != 2 || !args[0].equals("--port") || !args[1].matches("[0-9]{1,5}"))) {
            System.err.println("Usage: LocalAws [--port 4566]");
            System.exit(2);
        }
        int port = args.length == 2 ? Integer.parseInt(args[1]) : 4566;
        try {
            port = new LocalAws().start(port);
        } catch (BindException e) {
            System.err.println("Port " + port + " is taken (" + e.getMessage() + "); choose another with --port");
            System.exit(1);
        }
        System.out.println("Local AWS on http://127.0.0.1:" + port + " (Ctrl+C to stop)");
    }

    /** Starts listening on 127.0.0.1:{@code port} (0: any free port); returns the port bound. */
    public synchronized int start(int port) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else each call waits ~40 ms for an ACK
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
        pool = DaemonExecutors.pool("local-aws", 16);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start(); // its dispatcher thread is no daemon: it keeps main's JVM alive
        return server.getAddress().getPort();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            pool.shutdownNow();
            server = null;
        }
    }

    /** The AMI ids {@code region} lists, for tests that launch through SpotSpec. */
    public List<String> imageIds(String region) {
        return ec2.imageIds(region);
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
            var form = new HashMap<String, String>();
            parseForm(exchange.getRequestURI().getRawQuery(), form);
            parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), form);
            var scope = SCOPE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            boolean signed = scope.find();
            var keyId = signed ? scope.group(1) : "";
            var region = signed ? scope.group(2) : "us-east-1";
            var action = form.getOrDefault("Action", "");
            boolean sts = signed ? scope.group(3).equals("sts") : action.matches("GetSessionToken|GetCallerIdentity");
            var requestId = UUID.randomUUID().toString();
            Answer answer;
            try {
                answer = sts ? sts(action, form, keyId, requestId) : ec2(action, form, region, requestId);
            } catch (Fault f) {
                answer = new Answer(f.status, sts ? stsError(f.code, f.getMessage(), requestId)
                        : ec2Error(f.code, f.getMessage(), requestId));
            } catch (RuntimeException e) {
                answer = new Answer(500, sts ? stsError("InternalFailure", String.valueOf(e), requestId)
                        : ec2Error("InternalError", String.valueOf(e), requestId));
            }
            var body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + answer.xml()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private Answer sts(String action, Map<String, String> form, String keyId, String requestId) {
        var result = switch (action) {
            case "GetSessionToken" -> stsTokens.sessionToken(form, keyId, clock.instant());
            case "GetCallerIdentity" -> "<Arn>" + ARN + "</Arn><UserId>AIDACKCEVSQ6C2EXAMPLE</UserId><Account>"
                    + ACCOUNT + "</Account>";
            default -> throw new Fault(400, "InvalidAction", "Could not find operation " + action
                    + " for version 2011-06-15");
        };
        return new Answer(200, "<" + action + "Response xmlns=\"" + STS_NS + "\"><" + action + "Result>" + result
                + "</" + action + "Result><ResponseMetadata><RequestId>" + requestId
                + "</RequestId></ResponseMetadata></" + action + "Response>");
    }

    private Answer ec2(String action, Map<String, String> form, String region, String requestId) {
        if (LocalEc2.ACTIONS.contains(action)) {
            return new Answer(200, "<" + action + "Response xmlns=\"" + EC2_NS + "\"><requestId>" + requestId
                    + "</requestId>" + ec2.handle(action, form, region) + "</" + action + "Response>");
        }
        if ("true".equalsIgnoreCase(form.get("DryRun"))) {
            throw Ec2Faults.dryRun();
        }
        var body = switch (action) {
            case "DescribeAvailabilityZones" -> zones(region);
            case "DescribeInstanceTypeOfferings" -> offerings(form, region);
            case "DescribeSpotPriceHistory" ->
                    SpotPriceHistoryAction.describe(form, region, INSTANCE_TYPES, clock.instant());
            default -> throw new Fault(400, "InvalidAction",
                    "The action " + xml(action) + " is not valid for this web service.");
        };
        return new Answer(200, "<" + action + "Response xmlns=\"" + EC2_NS + "\"><requestId>" + requestId
                + "</requestId>" + body + "</" + action + "Response>");
    }

    private static String zones(String region) {
        var r = xml(region);
        var out = new StringBuilder("<availabilityZoneInfo>");
        for (int i = 0; i < 3; i++) {
            out.append("<item><zoneName>" + r + (char) ('a' + i) + "</zoneName><optInStatus>opt-in-not-required"
                    + "</optInStatus><zoneState>available</zoneState><regionName>" + r + "</regionName><groupName>" + r
                    + "</groupName><networkBorderGroup>" + r + "</networkBorderGroup><zoneId>" + zoneId(region, i)
                    + "</zoneId><zoneType>availability-zone</zoneType><messageSet/></item>");
        }
        return out.append("</availabilityZoneInfo>").toString();
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
        var locations = locationType.equals("region") ? List.of(region)
                : List.of(region + "a", region + "b", region + "c");
        var all = new ArrayList<String>();
        for (var type : INSTANCE_TYPES) {
            for (var location : locations) {
                all.add("<item><instanceType>" + type + "</instanceType><locationType>" + xml(locationType)
                        + "</locationType><location>" + xml(location) + "</location></item>");
            }
        }
        var page = new Ec2Form(form).page("offerings", all);
        return "<instanceTypeOfferingSet>" + String.join("", page.items()) + "</instanceTypeOfferingSet>"
                + page.tokenXml();
    }

    private static String ec2Error(String code, String message, String requestId) {
        return "<Response><Errors><Error><Code>" + code + "</Code><Message>" + xml(message)
                + "</Message></Error></Errors><RequestID>" + requestId + "</RequestID></Response>";
    }

    private static String stsError(String code, String message, String requestId) {
        return "<ErrorResponse xmlns=\"" + STS_NS + "\"><Error><Type>Sender</Type><Code>" + code + "</Code><Message>"
                + xml(message) + "</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
    }

    static Fault badToken() {
        return new Fault(400, "InvalidPaginationToken", "The specified pagination token is not valid or is expired.");
    }

    static int intParam(Map<String, String> form, String name, int fallback) {
        try {
            return form.containsKey(name) ? Integer.parseInt(form.get(name).trim()) : fallback;
        } catch (NumberFormatException e) {
            throw new Fault(400, "InvalidParameterValue", "Invalid value '" + form.get(name) + "' for " + name);
        }
    }

    private static void parseForm(String encoded, Map<String, String> into) {
        for (var pair : encoded == null ? new String[0] : encoded.split("&")) {
            int eq = pair.indexOf('=');
            var key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            into.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
