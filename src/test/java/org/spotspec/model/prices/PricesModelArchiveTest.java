package org.spotspec.model.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.ArchiveBatch;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.PriceArchives;
import org.spotspec.archive.SpanKey;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceRange;
import org.spotspec.prices.SeriesKey;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.WireSession;

/** The Prices model over the archive, without a toolkit: incremental fetches, offline, gaps. */
class PricesModelArchiveTest {
    private static final String ACTION = "DescribeSpotPriceHistory";
    private static final String LINUX = "Linux/UNIX";
    private static final SeriesKey KEY = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", LINUX);

    @RegisterExtension
    final WireSession wire = new WireSession();
    @TempDir
    Path dir;
    private PriceArchive archive;

    @BeforeEach
    void openArchive() {
        archive = PriceArchives.openEmbedded(dir.resolve("archive.db"));
    }

    @AfterEach
    void closeArchive() {
        archive.close();
    }

    private PricesModel model(InlineCalls calls) {
        var service = new SpotPriceService(2);
        var model = new PricesModel(calls.calls, TaskRunner.inline(), service,
                new ArchivedPrices(service, ArchiveHandle.of(archive), calls.clock), Runnable::run, calls.clock);
        model.regions().setItems(List.of("eu-west-1"));
        model.regions().select(List.of("eu-west-1"));
        model.instanceTypes().setItems(List.of("m5.large"));
        model.instanceTypes().select(List.of("m5.large"));
        model.products().select(List.of(LINUX));
        return model;
    }

    private void fill(Instant from, Instant to, Instant pointAt) {
        var old = new PriceHistory.Builder(from, to).add(KEY, pointAt.toEpochMilli(), 20_000).build();
        archive.write(new ArchiveBatch(old, List.of(SpanKey.of(KEY)), from, to));
    }

    @Test
    void aSecondFetchAsksOnlyForWhatIsNewAndShowsEverything() {
        var calls = new InlineCalls(wire.session());
        var model = model(calls);
        wire.aws().ec2Page(ACTION, null, null, spotPricePage("", List.of(spotPriceItem("eu-west-1a", "m5.large", LINUX,
                "0.038600", calls.clock.instant().minus(Duration.ofHours(5))))));

        assertThat(model.fetch()).isTrue();
        calls.clock.advance(Duration.ofMinutes(15));
        model.fetch();

        assertThat(wire.bodies(ACTION)).hasSize(2);
        assertThat(AwsStub.form(wire.bodies(ACTION).get(1))).containsEntry("StartTime", "2030-01-01T12:00:00Z")
                .containsEntry("EndTime", "2030-01-01T12:15:00Z");
        assertThat(model.historyProperty().get().pointCount()).isEqualTo(1);
        assertThat(model.statistics()).hasSize(1);
        assertThat(model.archive().offlineProperty().get()).isFalse();
        assertThat(model.archive().gapsProperty().get()).isEmpty();
        assertThat(model.archive().fetchedProperty().get()).hasSize(1);
        assertThat(model.fetchingProperty().get()).isFalse();
    }

    @Test
    void signedOutTheArchiveIsShownAndSaidToBeOffline() {
        var calls = new InlineCalls();
        var now = calls.clock.instant();
        fill(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(2)));
        var model = model(calls);

        assertThat(model.fetch()).isTrue();

        assertThat(model.archive().offlineProperty().get()).isTrue();
        assertThat(model.historyProperty().get().pointCount()).isEqualTo(1);
        assertThat(model.progressProperty().get()).startsWith("Offline");
        assertThat(model.archive().noteProperty().get()).contains("Offline");
        assertThat(model.failuresProperty().get()).isEmpty();
    }

    @Test
    void offlineTheChoicesAreSpotSpecsOwnAndARememberedTypeStays() {
        var calls = new InlineCalls();
        var service = new SpotPriceService(2);
        var model = new PricesModel(calls.calls, TaskRunner.inline(), service,
                new ArchivedPrices(service, ArchiveHandle.of(archive), calls.clock), Runnable::run, calls.clock);
        model.instanceTypes().prefer(List.of("x9z.mega")); // chosen in a region that offered it, last run

        model.loadOfflineChoices("eu-west-1");

        assertThat(model.instanceTypes().items()).containsAll(SpotPriceService.fallbackTypes()).contains("x9z.mega");
        assertThat(model.instanceTypes().chosen()).containsExactly("x9z.mega");
        assertThat(model.regions().items()).contains("us-east-1", "eu-west-1");
        assertThat(model.regions().chosen()).containsExactly("eu-west-1");
        assertThat(model.products().chosen()).containsExactly(LINUX);
        assertThat(model.zones().items()).as("none to read: all zones").isEmpty();
        assertThat(model.typesNoteProperty().get()).startsWith("Offline");
        assertThat(calls.status.lastErrorProperty().get()).as("nothing tried, nothing failed").isNull();
    }

    @Test
    void aYearWithAHoleShowsTheHoleAsAGap() {
        var calls = new InlineCalls(wire.session());
        var now = calls.clock.instant();
        fill(now.minus(Duration.ofDays(300)), now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(250)));
        wire.aws().ec2Page(ACTION, null, null, spotPricePage("", List.of()));
        var model = model(calls);
        model.rangeProperty().set(PriceRange.LAST_YEAR);

        model.fetch();

        var key = SpanKey.of(KEY);
        assertThat(model.archive().gapsProperty().get()).containsOnlyKeys(key);
        assertThat(model.archive().gapsProperty().get().get(key)).singleElement().satisfies(gap -> {
            assertThat(gap.from()).isEqualTo(now.minus(Duration.ofDays(200)));
            assertThat(gap.to()).isEqualTo(now.minus(Duration.ofDays(90)));
        });
        assertThat(model.historyProperty().get().start()).isEqualTo(now.minus(Duration.ofDays(300)));
        assertThat(model.archive().noteProperty().get()).startsWith("No data from").contains(" to ")
                .doesNotContain(";"); // one gap, named once
    }
}
