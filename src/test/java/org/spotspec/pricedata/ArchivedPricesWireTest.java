package org.spotspec.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.ArchiveBatch;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.PriceArchives;
import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.SeriesKey;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.MutableClock;
import org.spotspec.testing.WireSession;

/** The archive-backed fetch over real HTTP into a real SQLite file: what is asked of EC2, what is kept. */
class ArchivedPricesWireTest {
    private static final String ACTION = "DescribeSpotPriceHistory";
    private static final String LINUX = "Linux/UNIX";
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final SpanKey M5 = new SpanKey("eu-west-1", "m5.large", LINUX);

    @RegisterExtension
    final WireSession wire = new WireSession();
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(NOW);
    private PriceArchive archive;
    private ArchivedPrices prices;

    @BeforeEach
    void openArchive() {
        archive = PriceArchives.openEmbedded(dir.resolve("archive.db"));
        prices = new ArchivedPrices(new SpotPriceService(4), ArchiveHandle.of(archive), clock);
    }

    @AfterEach
    void closeArchive() {
        archive.close();
    }

    private void answer(String region, String... zonesPricesTimes) {
        var items = new java.util.ArrayList<String>();
        for (int i = 0; i < zonesPricesTimes.length; i += 3) {
            items.add(spotPriceItem(zonesPricesTimes[i], "m5.large", LINUX, zonesPricesTimes[i + 1],
                    Instant.parse(zonesPricesTimes[i + 2])));
        }
        wire.aws().ec2Page(ACTION, region, null, spotPricePage("", items));
    }

    private ArchiveFetchResult fetch(String... regions) {
        return fetch(Duration.ofDays(7), List.of(), regions);
    }

    private ArchiveFetchResult fetch(Duration range, List<String> zones, String... regions) {
        var now = clock.instant();
        return prices.fetch(wire.session(), new PriceQuery(List.of(regions), List.of("m5.large"), List.of(LINUX), zones,
                now.minus(range), now), FetchProgress.NONE, () -> false);
    }

    private List<String> windows() {
        return wire.bodies(ACTION).stream().map(AwsStub::form).map(f -> f.get("StartTime") + " .. " + f.get("EndTime"))
                .toList();
    }

    @Test
    void aSecondFetchAsksOnlyForTheMissingMinutesAndAThirdAsksNothing() {
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");
        var first = fetch("eu-west-1");
        clock.advance(Duration.ofMinutes(10));
        answer("eu-west-1", "eu-west-1a", "0.039000", "2026-11-27T10:05:00Z");
        var second = fetch("eu-west-1");
        var third = fetch("eu-west-1");

        assertThat(windows()).containsExactly("2026-11-20T10:00:00Z .. 2026-11-27T10:00:00Z",
                "2026-11-27T10:00:00Z .. 2026-11-27T10:10:00Z");
        assertThat(first.fetched()).extracting(FetchedSpan::key).containsExactly(M5);
        assertThat(second.fetched()).containsExactly(new FetchedSpan(M5,
                new Span(NOW, NOW.plus(Duration.ofMinutes(10)))));
        assertThat(third.fetched()).isEmpty();
        var series = third.result().history().series();
        assertThat(series).hasSize(1);
        assertThat(series.get(0).size()).isEqualTo(2);
        assertThat(series.get(0).micros(1)).isEqualTo(39_000);
        assertThat(third.gaps()).isEmpty();
        assertThat(third.offline()).isFalse();
        assertThat(third.archiveProblem()).isEmpty();
    }

    @Test
    void aPointAtTheEdgeOfTwoSpansIsStoredOnce() {
        // EC2 answers each window with the last change before its StartTime: the same point twice.
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-27T09:00:00Z");
        fetch("eu-west-1");
        clock.advance(Duration.ofMinutes(10));
        fetch("eu-west-1");

        assertThat(wire.bodies(ACTION)).hasSize(2);
        assertThat(archive.status()).singleElement().satisfies(s -> assertThat(s.rows()).isEqualTo(1));
    }

    @Test
    void aSeriesSeenForTheFirstTimeFetchesNinetyDaysAndAHundredDayHoleStaysAGap() {
        var key = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", LINUX);
        var old = new PriceHistory.Builder(NOW.minus(Duration.ofDays(300)), NOW.minus(Duration.ofDays(190)))
                .add(key, NOW.minus(Duration.ofDays(250)).toEpochMilli(), 30_000).build();
        archive.write(new ArchiveBatch(old, List.of(M5), old.start(), old.end()));
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");

        var year = fetch(Duration.ofDays(365), List.of(), "eu-west-1");

        assertThat(windows()).containsExactly("2026-08-29T10:00:00Z .. 2026-11-27T10:00:00Z");
        assertThat(year.gaps()).containsEntry(M5, List.of(new Span(NOW.minus(Duration.ofDays(190)),
                NOW.minus(Duration.ofDays(90)))));
        var series = year.result().history().find(key).orElseThrow();
        assertThat(series.micros(0)).isEqualTo(30_000);
        assertThat(series.micros(series.size() - 1)).isEqualTo(38_000);
    }

    @Test
    void withoutASessionTheArchiveIsShownAndSaidToBeOffline() {
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");
        fetch("eu-west-1");
        clock.advance(Duration.ofHours(1));
        var now = clock.instant();

        var offline = prices.fetch(null, new PriceQuery(List.of("eu-west-1"), List.of("m5.large"), List.of(LINUX),
                List.of(), now.minus(Duration.ofDays(7)), now), FetchProgress.NONE, () -> false);

        assertThat(wire.bodies(ACTION)).hasSize(1);
        assertThat(offline.offline()).isTrue();
        assertThat(offline.result().history().pointCount()).isEqualTo(1);
    }

    @Test
    void whenEveryRegionIsUnreachableTheArchiveIsShownAndSaidToBeOffline() {
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");
        fetch("eu-west-1");
        wire.aws().server().stubFor(AwsStub.action(ACTION).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        clock.advance(Duration.ofHours(1));

        var offline = fetch("eu-west-1");

        assertThat(offline.offline()).isTrue();
        assertThat(offline.result().failedRegions()).containsOnlyKeys("eu-west-1");
        assertThat(offline.result().history().pointCount()).isEqualTo(1);
        assertThat(archive.coverage(M5)).singleElement().satisfies(s -> assertThat(s.to()).isEqualTo(NOW));
    }

    @Test
    void aFailedRegionIsReportedAndLeftUncoveredWhileTheOtherIsStored() {
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");
        wire.aws().ec2Error(ACTION, "us-east-1", 403, "UnauthorizedOperation", "You are not authorized.");

        var result = fetch("eu-west-1", "us-east-1");

        assertThat(result.result().failedRegions()).containsOnlyKeys("us-east-1");
        assertThat(result.offline()).isFalse();
        assertThat(archive.coverage(M5)).hasSize(1);
        assertThat(archive.coverage(new SpanKey("us-east-1", "m5.large", LINUX))).isEmpty();
        fetch("eu-west-1", "us-east-1");
        assertThat(wire.bodies(ACTION)).extracting(b -> b.contains("us-east-1") ? 1 : 0).hasSize(3);
    }

    @Test
    void progressCountsEachRegionOnceWithTheRecordsOfAllRegions() {
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");
        answer("us-east-1", "us-east-1a", "0.031000", "2026-11-25T00:00:00Z");
        var finished = java.util.Collections.synchronizedList(new java.util.ArrayList<String>());
        var records = new java.util.concurrent.atomic.AtomicLong();
        var progress = new FetchProgress() {
            @Override
            public void pageFetched(String region, int pages, long recordsSoFarTotal) {
                records.accumulateAndGet(recordsSoFarTotal, Math::max);
            }

            @Override
            public void regionFinished(String region, boolean succeeded, int done, int total) {
                finished.add(done + "/" + total);
            }
        };

        prices.fetch(wire.session(), new PriceQuery(List.of("eu-west-1", "us-east-1"), List.of("m5.large"),
                List.of(LINUX), List.of(), NOW.minus(Duration.ofDays(7)), NOW), progress, () -> false);

        assertThat(finished).containsExactlyInAnyOrder("1/2", "2/2");
        assertThat(records.get()).isEqualTo(2);
    }

    @Test
    void aFetchOfSomeZonesKeepsItsPointsButCoversNothing() {
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");

        fetch(Duration.ofDays(7), List.of("eu-west-1a"), "eu-west-1");
        fetch(Duration.ofDays(7), List.of("eu-west-1a"), "eu-west-1");

        assertThat(archive.coverage(M5)).isEmpty();
        assertThat(wire.bodies(ACTION)).hasSize(2).allSatisfy(b -> assertThat(AwsStub.form(b))
                .containsEntry("Filter.1.Value.1", "eu-west-1a"));
        assertThat(archive.status()).singleElement().satisfies(s -> assertThat(s.rows()).isEqualTo(1));
    }

    @Test
    void withoutAnArchiveItFetchesAsBeforeAndSaysWhy() {
        answer("eu-west-1", "eu-west-1a", "0.038000", "2026-11-25T00:00:00Z");
        var plain = new ArchivedPrices(new SpotPriceService(4), ArchiveHandle.none("No archive: --no-archive."), clock);

        var result = plain.fetch(wire.session(), new PriceQuery(List.of("eu-west-1"), List.of("m5.large"),
                List.of(LINUX), List.of(), NOW.minus(Duration.ofDays(365)), NOW), FetchProgress.NONE, () -> false);

        assertThat(result.archiveProblem()).isEqualTo("No archive: --no-archive.");
        assertThat(result.result().history().pointCount()).isEqualTo(1);
        assertThat(windows()).containsExactly("2026-08-29T10:00:00Z .. 2026-11-27T10:00:00Z");
        assertThat(Map.copyOf(result.gaps())).isEmpty();
    }
}
