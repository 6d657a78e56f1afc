package org.spotspec.bench;

import static org.spotspec.bench.StubEc2.PAGES;
import static org.spotspec.bench.StubEc2.PAGE_MILLIS;
import static org.spotspec.bench.StubEc2.RECORDS_PER_PAGE;

import ch.qos.logback.classic.Level;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.DescribeSpotPriceHistoryRequest;

/**
 * Price fetch over 30 regions: SpotPriceService against a serial baseline (one region after
 * another, page after page), in one process, with the same SDK clients and settings, against
 * {@link StubEc2} on 127.0.0.1. No traffic leaves the machine; the process ends by itself.
 *
 * <p>Run from the project folder after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.spotspec.bench.FetchBenchmark}.
 * Optional arguments: {@code --parallel=N} regions at once (default: the service's default),
 * {@code --rate=R} and {@code --burst=B} for the stub's per-region bucket (default 20/s, 5).
 */
public final class FetchBenchmark {
    private static final int REGIONS = 30;
    private static final double TARGET_RATIO = 1.0 / 8;
    private static final String KEY_ID = "AKIABENCHMARK0000001";
    private static final String SECRET = "BenchmarkSecretNotARealKey00000000000000";

    private FetchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int parallel = intArg(args, "parallel", SpotPriceService.DEFAULT_PARALLEL_REGIONS);
        int rate = intArg(args, "rate", 20);
        int burst = intArg(args, "burst", 5);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.spotspec")).setLevel(Level.ERROR);
        var regions = AwsRegions.commercial().stream().limit(REGIONS).map(AwsRegions.Choice::id).toList();
        var query = new PriceQuery(regions, StubEc2.TYPES, List.of(StubEc2.PRODUCT), List.of(),
                StubEc2.END.minus(Duration.ofDays(7)), StubEc2.END);
        var throttledCalls = new AtomicInteger();
        var stub = new StubEc2(regions, rate, burst);
        try (var clients = new AwsClientFactory(ClientSettings.defaults(), call -> {
            // One journal record per SDK call after its retries: what reached the caller.
            if ("RequestLimitExceeded".equals(call.errorCode())) {
                throttledCalls.incrementAndGet();
            }
        }, Clock.systemUTC()); var session = signIn(clients, stub.uri())) {
            var service = new SpotPriceService(parallel);
            // Unmeasured warm-up: every regional client made, the JIT warm on both paths.
            service.fetch(session, query, FetchProgress.NONE, () -> false);
            serial(session, subQuery(query, 4));
            Thread.sleep(1000); // every bucket full again
            stub.reset();
            throttledCalls.set(0);

            long t0 = System.nanoTime();
            var serial = serial(session, query);
            var serialRun = new Run((System.nanoTime() - t0) / 1_000_000, serial.pointCount(), stub.throttled.get(),
                    throttledCalls.get());
            Thread.sleep(1000);
            stub.reset();
            throttledCalls.set(0);
            t0 = System.nanoTime();
            var ours = service.fetch(session, query, FetchProgress.NONE, () -> false);
            var oursRun = new Run((System.nanoTime() - t0) / 1_000_000, ours.history().pointCount(),
                    stub.throttled.get(), throttledCalls.get());
            report(stub.uri(), parallel, rate, burst, serialRun, oursRun, ours);
        } finally {
            stub.stop();
        }
    }

    /** One measured fetch: wall time, points, throttling answers sent and those that reached the caller. */
    private record Run(long millis, long points, int throttleAnswers, int throttleErrors) {
    }

    private static void report(URI stub, int parallel, int rate, int burst, Run serial, Run ours,
                               SpotPriceService.FetchResult result) {
        double ratio = (double) ours.millis() / serial.millis();
        long waves = (REGIONS + parallel - 1) / parallel;
        System.out.printf("SpotSpec fetch benchmark: stub EC2 on %s, %d CPUs%n", stub,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%d regions x %d pages x %d records, %d ms per page; stub limit %d requests/s per region"
                + " (burst %d)%n", REGIONS, PAGES, RECORDS_PER_PAGE, PAGE_MILLIS, rate, burst);
        line("serial baseline, region after region:     ", serial, REGIONS * PAGES * PAGE_MILLIS);
        line(String.format("ours, SpotPriceService, %2d regions at once:", parallel), ours, waves * PAGES * PAGE_MILLIS);
        System.out.printf("ours/serial: %.3f   target <= 1/8 (%.3f): %s%n", ratio, TARGET_RATIO,
                ratio <= TARGET_RATIO ? "MET" : "NOT MET");
        long throttledRegions = result.failedRegions().values().stream()
                .filter(p -> p.kind() == AwsProblem.Kind.THROTTLED).count();
        int reached = serial.throttleErrors() + ours.throttleErrors();
        System.out.printf("throttling errors that reached the caller: %d (ours: %d regions failed by throttling)"
                + "   target 0: %s%n", reached, throttledRegions, reached == 0 ? "MET" : "NOT MET");
    }

    private static void line(String label, Run run, long delaysAlone) {
        System.out.printf("%s %6d ms (stub delays alone: %5d ms), %d points, RequestLimitExceeded sent: %d,"
                + " reached the caller: %d%n", label, run.millis(), delaysAlone, run.points(), run.throttleAnswers(),
                run.throttleErrors());
    }

    private static AwsSession signIn(AwsClientFactory clients, URI endpoint) {
        var env = new Environment(Map.of(), Path.of(System.getProperty("java.io.tmpdir")));
        var sessions = new SessionService(clients, env, () -> {
            throw new IllegalStateException("typed keys need no profiles");
        });
        return sessions.signIn(new SignInRequest(new CredentialSource.TypedKeys(KEY_ID, Secret.of(SECRET)),
                Region.US_EAST_1, Optional.empty(), new AwsEndpoints(Optional.of(endpoint), Optional.of(endpoint))));
    }

    private static PriceQuery subQuery(PriceQuery query, int regions) {
        return new PriceQuery(query.regions().subList(0, regions), query.instanceTypes(), query.products(),
                query.availabilityZones(), query.start(), query.end());
    }

    /** The baseline: a plain loop over regions and pages, with the same clients and request. */
    private static PriceHistory serial(AwsSession session, PriceQuery query) {
        var builder = new PriceHistory.Builder(query.start(), query.end());
        var request = DescribeSpotPriceHistoryRequest.builder().startTime(query.start()).endTime(query.end())
                .instanceTypesWithStrings(query.instanceTypes()).productDescriptions(query.products())
                .maxResults(RECORDS_PER_PAGE).build();
        for (var region : query.regions()) {
            var ec2 = session.ec2(Region.of(region));
            String token = null;
            try {
                do {
                    var page = ec2.describeSpotPriceHistory(request.toBuilder().nextToken(token).build());
                    page.spotPriceHistory().forEach(p -> builder.add(new SeriesKey(region, p.availabilityZone(),
                            p.instanceTypeAsString(), p.productDescriptionAsString()), p.timestamp().toEpochMilli(),
                            PriceSeries.toMicros(p.spotPrice())));
                    token = page.nextToken();
                } while (token != null && !token.isEmpty());
            } catch (RuntimeException e) {
                System.out.println("serial: " + ErrorTranslator.translate("Fetch prices in " + region, e).headline());
            }
        }
        return builder.build();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (var a : args) {
            if (a.startsWith("--" + name + "=")) {
                return Integer.parseInt(a.substring(name.length() + 3));
            }
        }
        return fallback;
    }
}
