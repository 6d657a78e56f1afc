package org.spotspec.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.spotspec.testing.AwsXml;
import org.spotspec.testing.CredentialScope;
import org.spotspec.testing.LoopbackHttp;

/**
 * EC2 and STS for {@link FetchBenchmark}, on 127.0.0.1 only: DescribeSpotPriceHistory answers
 * {@link #PAGES} pages of {@link #RECORDS_PER_PAGE} records per region, each after
 * {@link #PAGE_MILLIS} ms, chained by NextToken; EC2's token bucket per region (the region read
 * from the Authorization header's credential scope) answers {@code RequestLimitExceeded}
 * (HTTP 503) when empty; GetCallerIdentity answers for the sign-in. The XML is
 * {@link AwsXml}'s, as the other fake endpoints send it.
 *
 * <p>Why not {@code demo.LocalAws}, the stateful simulator: the benchmark measures how the app's
 * fetch overlaps waiting and parsing, so the server must cost it nothing and wait a fixed time.
 * Here every page is rendered as bytes before the clock starts and answered after a fixed sleep;
 * LocalAws computes each record's price while answering (on the same two cores as the client
 * parsing it), answers as fast as it can, has no throttle, and pages by its own window and
 * clock, so the same query would neither take the same time nor return the same records from
 * one run to the next. Why not {@code testing.AwsStub}: WireMock matches and journals every
 * request, work this server keeps out of the figures, and has no token bucket per region.
 */
final class StubEc2 {
    static final int PAGES = 3;
    static final int RECORDS_PER_PAGE = 1000;
    static final long PAGE_MILLIS = 80;
    static final Instant END = Instant.parse("2026-11-26T12:00:00Z");
    static final List<String> TYPES = List.of("m5.large", "c5.large", "r5.large", "t3.micro", "m6i.large");
    static final String PRODUCT = "Linux/UNIX";
    private static final String REQUEST_ID = "bench";
    final AtomicInteger throttled = new AtomicInteger();
    private final LoopbackHttp http;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, byte[][]> pages = new HashMap<>();
    private final byte[] callerIdentity = bytes(AwsXml.stsResponse("GetCallerIdentity", REQUEST_ID,
            AwsXml.callerIdentityResult()));
    private final byte[] throttledAnswer = error("RequestLimitExceeded", "Request limit exceeded.");
    private final double rate;
    private final double burst;

    StubEc2(List<String> regions, double rate, double burst) throws IOException {
        this(regions, rate, burst, PAGES, TYPES);
    }

    /** With {@code pageCount} pages per region of {@code types} (records a minute apart, newest first). */
    StubEc2(List<String> regions, double rate, double burst, int pageCount, List<String> types) throws IOException {
        this.rate = rate;
        this.burst = burst;
        for (var region : regions) {
            var bodies = new byte[pageCount][];
            for (int p = 0; p < pageCount; p++) {
                bodies[p] = bytes(page(region, p, pageCount, types));
            }
            pages.put(region, bodies);
        }
        http = LoopbackHttp.start(0, "stub-ec2", 64, this::handle);
    }

    URI uri() {
        return http.uri();
    }

    void reset() {
        buckets.clear();
        throttled.set(0);
    }

    void stop() {
        http.stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var form = LoopbackHttp.form(exchange);
            var action = form.getOrDefault("Action", "");
            var region = LoopbackHttp.scope(exchange).map(CredentialScope::region).orElse("?");
            if (action.equals("GetCallerIdentity")) {
                LoopbackHttp.sendXml(exchange, 200, callerIdentity);
            } else if (!action.equals("DescribeSpotPriceHistory")) {
                LoopbackHttp.sendXml(exchange, 400, error("InvalidAction", "The stub knows no " + action));
            } else if (!pages.containsKey(region)) {
                LoopbackHttp.sendXml(exchange, 401, error("AuthFailure", "The stub knows no region " + region));
            } else if (!buckets.computeIfAbsent(region, r -> new Bucket(rate, burst)).take()) {
                throttled.incrementAndGet();
                LoopbackHttp.sendXml(exchange, 503, throttledAnswer);
            } else {
                sleep(PAGE_MILLIS);
                var token = form.get("NextToken");
                int page = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
                LoopbackHttp.sendXml(exchange, 200, pages.get(region)[page]);
            }
        }
    }

    private static String page(String region, int index, int pageCount, List<String> types) {
        var items = new StringBuilder(300 * RECORDS_PER_PAGE);
        for (int i = 0; i < RECORDS_PER_PAGE; i++) {
            int n = index * RECORDS_PER_PAGE + i;
            AwsXml.appendSpotPriceItem(items, region + (char) ('a' + n % 3), types.get(n % types.size()), PRODUCT,
                    "0.0" + (30_000 + n % 9_000), END.minusSeconds(60L * n));
        }
        var next = index + 1 < pageCount ? "page-" + (index + 1) : "";
        return AwsXml.spotPricePage(REQUEST_ID + "-" + index, items, next);
    }

    private static byte[] error(String code, String message) {
        return bytes(AwsXml.document(AwsXml.ec2Error(code, message, REQUEST_ID)));
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
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
