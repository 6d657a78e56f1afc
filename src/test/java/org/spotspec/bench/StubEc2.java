package org.spotspec.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.spotspec.concurrent.DaemonExecutors;

/**
 * EC2 and STS for the benchmark, on 127.0.0.1 only: DescribeSpotPriceHistory answers
 * {@link #PAGES} pages of {@link #RECORDS_PER_PAGE} records per region, each after
 * {@link #PAGE_MILLIS} ms, chained by NextToken; EC2's token bucket per region (the region read
 * from the Authorization header's credential scope) answers {@code RequestLimitExceeded}
 * (HTTP 503) when empty; GetCallerIdentity answers for the sign-in.
 */
final class StubEc2 {
    static final int PAGES = 3;
    static final int RECORDS_PER_PAGE = 1000;
    static final long PAGE_MILLIS = 80;
    static final Instant END = Instant.parse("2026-11-26T12:00:00Z");
    static final List<String> TYPES = List.of("m5.large", "c5.large", "r5.large", "t3.micro", "m6i.large");
    static final String PRODUCT = "Linux/UNIX";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
    final AtomicInteger throttled = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService pool = DaemonExecutors.pool("stub-ec2", 64);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, byte[][]> pages = new HashMap<>();
    private final double rate;
    private final double burst;

    StubEc2(List<String> regions, double rate, double burst) throws IOException {
        this.rate = rate;
        this.burst = burst;
        for (var region : regions) {
            var bodies = new byte[PAGES][];
            for (int p = 0; p < PAGES; p++) {
                bodies[p] = page(region, p).getBytes(StandardCharsets.UTF_8);
            }
            pages.put(region, bodies);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void reset() {
        buckets.clear();
        throttled.set(0);
    }

    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var action = form.getOrDefault("Action", "");
            if (action.equals("GetCallerIdentity")) {
                answer(exchange, 200, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/bench</Arn>"
                        + "<UserId>AIDABENCHMARK</UserId><Account>123456789012</Account></GetCallerIdentityResult>"
                        + "<ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
            } else if (!action.equals("DescribeSpotPriceHistory")) {
                answer(exchange, 400, error("InvalidAction", "The stub knows no " + action));
            } else if (!pages.containsKey(region(exchange))) {
                answer(exchange, 401, error("AuthFailure", "The stub knows no region " + region(exchange)));
            } else if (!buckets.computeIfAbsent(region(exchange), r -> new Bucket(rate, burst)).take()) {
                throttled.incrementAndGet();
                answer(exchange, 503, error("RequestLimitExceeded", "Request limit exceeded."));
            } else {
                sleep(PAGE_MILLIS);
                var token = form.get("NextToken");
                int page = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
                send(exchange, 200, pages.get(region(exchange))[page]);
            }
        }
    }

    /** The region a request was signed for: {@code Credential=AKIA…/20261126/eu-west-1/ec2/aws4_request}. */
    private static String region(HttpExchange exchange) {
        var auth = exchange.getRequestHeaders().getFirst("Authorization");
        var scope = auth == null ? "" : auth.replaceFirst(".*Credential=[^/]+/[0-9]+/", "");
        return scope.contains("/") ? scope.substring(0, scope.indexOf('/')) : "?";
    }

    private static String page(String region, int index) {
        var xml = new StringBuilder(300 * RECORDS_PER_PAGE).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<DescribeSpotPriceHistoryResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                + "<requestId>bench-").append(index).append("</requestId><spotPriceHistorySet>");
        for (int i = 0; i < RECORDS_PER_PAGE; i++) {
            int n = index * RECORDS_PER_PAGE + i;
            xml.append("<item><availabilityZone>").append(region).append((char) ('a' + n % 3))
                    .append("</availabilityZone><instanceType>").append(TYPES.get(n % TYPES.size()))
                    .append("</instanceType><productDescription>").append(PRODUCT)
                    .append("</productDescription><spotPrice>0.0").append(30_000 + n % 9_000)
                    .append("</spotPrice><timestamp>").append(TIME.format(END.minusSeconds(60L * n)))
                    .append("</timestamp></item>");
        }
        var next = index + 1 < PAGES ? "page-" + (index + 1) : "";
        return xml.append("</spotPriceHistorySet><nextToken>").append(next)
                .append("</nextToken></DescribeSpotPriceHistoryResponse>").toString();
    }

    private static String error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code
                + "</Code><Message>" + message + "</Message></Error></Errors><RequestID>bench</RequestID></Response>";
    }

    private static void answer(HttpExchange exchange, int status, String xml) throws IOException {
        send(exchange, status, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> form(String body) {
        var values = new HashMap<String, String>();
        for (var pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** EC2's throttle: {@code burst} requests at once, refilled at {@code rate} per second. */
    private static final class Bucket {
        private final double rate;
        private final double capacity;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double rate, double capacity) {
            this.rate = rate;
            this.capacity = capacity;
            this.tokens = capacity;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
