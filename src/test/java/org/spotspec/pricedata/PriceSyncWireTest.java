package org.spotspec.pricedata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.PriceArchives;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.pricedata.SyncOutcome.Status;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.TestSessions;
import org.spotspec.testing.WireSession;

/** The sync of tracked series: per-region outcomes, one sync at a time, none with an expired session. */
class PriceSyncWireTest {
    private static final String ACTION = "DescribeSpotPriceHistory";
    private static final String LINUX = "Linux/UNIX";
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final TrackedSeries TRACKED = new TrackedSeries(List.of("m5.large", "c5.large"),
            List.of("eu-west-1", "us-east-1"), List.of(LINUX));

    @RegisterExtension
    final WireSession wire = new WireSession();
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(NOW);
    private PriceArchive archive;
    private PriceSync sync;

    @BeforeEach
    void openArchive() {
        archive = PriceArchives.openEmbedded(dir.resolve("archive.db"));
        sync = new PriceSync(new ArchivedPrices(new SpotPriceService(4), ArchiveHandle.of(archive), clock), clock);
    }

    @AfterEach
    void closeArchive() {
        archive.close();
    }

    private static String page(String zone) {
        return spotPricePage("", List.of(spotPriceItem(zone, "m5.large", LINUX, "0.038000", NOW.minusSeconds(3600)),
                spotPriceItem(zone, "c5.large", LINUX, "0.034000", NOW.minusSeconds(7200))));
    }

    @Test
    void eachRegionSaysWhatItStoredOrWhyItFailed() {
        wire.aws().ec2Page(ACTION, "eu-west-1", null, page("eu-west-1a"));
        wire.aws().ec2Error(ACTION, "us-east-1", 403, "UnauthorizedOperation", "You are not authorized.");

        var outcome = sync.syncOnce(wire.session(), TRACKED, FetchProgress.NONE, () -> false);

        assertThat(outcome.status()).isEqualTo(Status.PARTIAL);
        assertThat(outcome.anyRegionFailed()).isTrue();
        assertThat(outcome.regions()).extracting(r -> r.region() + " " + r.records() + " " + r.spansFetched() + " "
                + r.failure().map(p -> p.code()).orElse("ok"))
                .containsExactly("eu-west-1 2 2 ok", "us-east-1 0 0 UnauthorizedOperation");
        assertThat(AwsStub.form(wire.bodies(ACTION).get(0))).containsEntry("StartTime", "2026-08-29T10:00:00Z");
        assertThat(archive.status()).hasSize(2);
    }

    @Test
    void anExpiredMfaSessionOrNoSessionIsNotSyncedAndSaysWhy() {
        try (var sessions = new TestSessions()) {
            var expired = sync.syncOnce(sessions.mfaSession(NOW.minusSeconds(1)), TRACKED, FetchProgress.NONE,
                    () -> false);
            var signedOut = sync.syncOnce(null, TRACKED, FetchProgress.NONE, () -> false);

            assertThat(expired.status()).isEqualTo(Status.NEEDS_SIGN_IN);
            assertThat(expired.message()).contains("MFA");
            assertThat(signedOut.status()).isEqualTo(Status.NEEDS_SIGN_IN);
            assertThat(wire.bodies(ACTION)).isEmpty();
        }
    }

    @Test
    void aSecondSyncWhileOneRunsJoinsItInsteadOfFetchingAgain() throws Exception {
        wire.aws().server().stubFor(AwsStub.action(ACTION).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(page("eu-west-1a")).withFixedDelay(400)));
        var tracked = new TrackedSeries(List.of("m5.large"), List.of("eu-west-1"), List.of(LINUX));
        var pagesStarted = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.supplyAsync(() -> sync.syncOnce(wire.session(), tracked, FetchProgress.NONE,
                    () -> {
                        pagesStarted.countDown();
                        return false;
                    }), threads);
            assertThat(pagesStarted.await(10, TimeUnit.SECONDS)).isTrue();
            var second = CompletableFuture.supplyAsync(() -> sync.syncOnce(wire.session(), tracked, FetchProgress.NONE,
                    () -> false), threads);

            assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
            assertThat(wire.bodies(ACTION)).hasSize(1);
            assertThat(sync.isRunning()).isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSchedulerRunsAtItsIntervalUntilStoppedAndSurvivesAFailingRun() throws Exception {
        var runs = new AtomicInteger();
        var three = new CountDownLatch(3);
        var executor = Executors.newSingleThreadScheduledExecutor();
        try (var scheduler = new SyncScheduler(executor, () -> {
            runs.incrementAndGet();
            three.countDown();
            throw new IllegalStateException("a failing run");
        })) {
            scheduler.start(Duration.ZERO, Duration.ofMillis(20));
            assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
            scheduler.stop();
            assertThat(scheduler.isStarted()).isFalse();
            int stoppedAt = runs.get();
            Thread.sleep(100); // nothing to wait for: proving that nothing more happens takes time
            assertThat(runs.get()).isLessThanOrEqualTo(stoppedAt + 1);
        } finally {
            executor.shutdownNow();
        }
    }
}
