package org.spotspec.bench;

import ch.qos.logback.classic.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.PriceArchives;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CallJournal;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.prices.PriceQuery;
import software.amazon.awssdk.regions.Region;

/**
 * Re-open: a 90-day query of 10 types in one region, answered from the price archive (a fresh
 * open of the file, then the archive-backed fetch, which finds nothing missing and sends no
 * request) against fetching it from {@link StubEc2} (80 ms per page, as in {@link FetchBenchmark}).
 * Also prints the first fetch through the archive (fetch + store) against the plain fetch.
 * The baseline runs in the same process with the same clients. Target: re-open ≥ 20× faster.
 */
public final class ArchiveFetchBenchmark {
    private static final List<String> TYPES = List.of("m5.large", "c5.large", "r5.large", "t3.micro", "m6i.large",
            "c6i.large", "r6i.large", "m5.xlarge", "c5.xlarge", "t3.large");
    /** 130 pages of 1,000 records a minute apart: 130,000 minutes, the 90 days. */
    private static final int PAGES = 130;
    private static final String REGION = "us-east-1";
    private static final double TARGET = 20;
    private static final int RUNS = 5;

    private ArchiveFetchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.spotspec")).setLevel(Level.ERROR);
        var query = new PriceQuery(List.of(REGION), TYPES, List.of(StubEc2.PRODUCT), List.of(),
                StubEc2.END.minus(Duration.ofDays(90)), StubEc2.END);
        var clock = Clock.fixed(StubEc2.END, ZoneOffset.UTC);
        var dir = Files.createTempDirectory("spotspec-archive-fetch-bench");
        var stub = new StubEc2(List.of(REGION), 20, 5, PAGES, TYPES);
        try (var clients = new AwsClientFactory(ClientSettings.defaults(), CallJournal.none(), Clock.systemUTC());
             var session = signIn(clients, stub.uri())) {
            var service = new SpotPriceService(1);
            // Unmeasured warm-up of both paths: the client made, the JIT warm, SQLite's driver loaded.
            service.fetch(session, query, FetchProgress.NONE, () -> false);
            reopen(service, session, query, clock, dir.resolve("warm.db"));
            reopen(service, session, query, clock, dir.resolve("warm.db"));

            long t0 = System.nanoTime();
            var plain = service.fetch(session, query, FetchProgress.NONE, () -> false);
            long fetchMs = (System.nanoTime() - t0) / 1_000_000;
            var file = dir.resolve("archive.db");
            t0 = System.nanoTime();
            var first = reopen(service, session, query, clock, file);
            long firstMs = (System.nanoTime() - t0) / 1_000_000;
            var times = new ArrayList<Long>();
            long points = 0;
            for (int i = 0; i < RUNS; i++) {
                t0 = System.nanoTime();
                var again = reopen(service, session, query, clock, file);
                times.add((System.nanoTime() - t0) / 1_000);
                points = again.pointCount;
                if (again.fetchedSpans != 0) {
                    throw new IllegalStateException("the re-open fetched " + again.fetchedSpans + " spans");
                }
            }
            Collections.sort(times);
            report(stub.uri(), fetchMs, plain.history().pointCount(), firstMs, first.pointCount, times, points,
                    Files.size(file));
        } finally {
            stub.stop();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private record Answer(long pointCount, int fetchedSpans) {
    }

    /** Opens the archive file as a new start of the app would, answers the query, closes it. */
    private static Answer reopen(SpotPriceService service, AwsSession session, PriceQuery query, Clock clock,
                                 Path file) {
        try (var handle = new ArchiveHandle(() -> PriceArchives.openEmbedded(file))) {
            var answer = new ArchivedPrices(service, handle, clock).fetch(session, query, FetchProgress.NONE,
                    () -> false);
            if (!answer.archiveProblem().isEmpty() || !answer.result().failedRegions().isEmpty()) {
                throw new IllegalStateException(answer.archiveProblem() + " " + answer.result().failedRegions());
            }
            return new Answer(answer.result().history().pointCount(), answer.fetched().size());
        }
    }

    private static void report(URI stub, long fetchMs, long fetchPoints, long firstMs, long firstPoints,
                               List<Long> reopenMicros, long points, long bytes) {
        double median = reopenMicros.get(reopenMicros.size() / 2) / 1000.0;
        double ratio = fetchMs / median;
        System.out.printf("SpotSpec archive re-open benchmark: stub EC2 on %s, %d CPUs%n", stub,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("90 days of %d types in %s: %d pages x %d records, %d ms per page; archive file %,d bytes%n",
                TYPES.size(), REGION, PAGES, StubEc2.RECORDS_PER_PAGE, StubEc2.PAGE_MILLIS, bytes);
        System.out.printf("baseline, fetch from the stub:               %8d ms, %,d points (stub delays alone: %d ms)%n",
                fetchMs, fetchPoints, PAGES * StubEc2.PAGE_MILLIS);
        System.out.printf("first fetch through the archive (+ store):   %8d ms, %,d points%n", firstMs, firstPoints);
        System.out.printf("re-open, open file + answer from the archive: %8.1f ms median of %d (min %.1f, max %.1f),"
                + " %,d points, no request%n", median, reopenMicros.size(), reopenMicros.get(0) / 1000.0,
                reopenMicros.get(reopenMicros.size() - 1) / 1000.0, points);
        System.out.printf("fetch/re-open: %.1fx   target >= %.0fx: %s%n", ratio, TARGET, ratio >= TARGET ? "MET" : "NOT MET");
    }

    private static AwsSession signIn(AwsClientFactory clients, URI endpoint) {
        var env = new Environment(Map.of(), Path.of(System.getProperty("java.io.tmpdir")));
        var sessions = new SessionService(clients, env, () -> {
            throw new IllegalStateException("typed keys need no profiles");
        });
        return sessions.signIn(new SignInRequest(new CredentialSource.TypedKeys("AKIABENCHMARK0000001",
                Secret.of("BenchmarkSecretNotARealKey00000000000000")), Region.US_EAST_1, Optional.empty(),
                new AwsEndpoints(Optional.of(endpoint), Optional.of(endpoint))));
    }
}
