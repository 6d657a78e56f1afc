package org.spotspec.model.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.PriceArchives;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchiveOpener;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.pricedata.PriceSync;
import org.spotspec.pricedata.TrackedSeries;
import org.spotspec.settings.ArchiveSettings;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.TestSessions;
import org.spotspec.testing.WireSession;

/**
 * The Archive tab's models without a toolkit (tasks inline): sync now, the stored series, remove,
 * no sync without a usable session, and the archive URL's checks.
 */
class ArchiveModelTest {
    private static final String ACTION = "DescribeSpotPriceHistory";
    private static final TrackedSeries M5 = new TrackedSeries(List.of("m5.large"), List.of("eu-west-1"),
            List.of("Linux/UNIX"));

    @RegisterExtension
    final WireSession wire = new WireSession();
    @TempDir
    Path dir;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private ArchiveHandle handle;
    private ArchiveModel archive;

    @AfterEach
    void close() {
        timer.shutdownNow();
        if (handle != null) {
            handle.close();
        }
    }

    private SyncModel sync(InlineCalls calls) {
        handle = new ArchiveHandle(() -> PriceArchives.openEmbedded(dir.resolve("archive.db")));
        var opener = new ArchiveOpener(Map.of(), dir, dir.resolve("archive.db"), ArchiveOpener.PasswordPrompt.NONE);
        archive = new ArchiveModel(handle, opener, TaskRunner.inline(), Map.of());
        var priceSync = new PriceSync(new ArchivedPrices(new SpotPriceService(2), handle, calls.clock), calls.clock);
        var sync = new SyncModel(priceSync, calls.session, TaskRunner.inline(), calls.status, Runnable::run, timer,
                FXCollections.observableArrayList("c5.large", "m5.large"));
        sync.restore(M5, 15);
        return sync;
    }

    @Test
    void syncNowStoresTheTrackedSeriesAndListsThemThenRemoveForgetsThem() {
        var calls = new InlineCalls(wire.session());
        wire.aws().ec2Page(ACTION, null, null, spotPricePage("", List.of(spotPriceItem("eu-west-1a", "m5.large",
                "Linux/UNIX", "0.038600", calls.clock.instant().minus(Duration.ofHours(2))))));
        var sync = sync(calls);
        assertThat(sync.tracked()).isEqualTo(M5);
        assertThat(sync.timerStarted()).isTrue();

        sync.syncNow();

        assertThat(sync.stateProperty().get()).startsWith("Last sync at").contains("Synced 1 region(s): 1 records");
        assertThat(sync.regionOutcomes()).containsExactly("eu-west-1: 1 records in 1 span(s) fetched (each stored once)");
        assertThat(sync.syncingProperty().get()).isFalse();
        assertThat(calls.status.syncProperty().get()).as("the status bar's segment is gone").isEmpty();
        archive.refresh();
        assertThat(archive.rows()).extracting(s -> s.key().availabilityZone() + " " + s.rows())
                .containsExactly("eu-west-1a 1");
        assertThat(archive.locationProperty().get()).endsWith("archive.db");
        assertThat(archive.sizeProperty().get()).isNotEmpty();

        archive.remove(archive.rows().stream().map(SeriesStatus::key).toList());

        assertThat(archive.rows()).isEmpty();
        assertThat(archive.messageProperty().get()).isEqualTo("Removed 1 series.");
        assertThat(ArchiveSettingsAdapter.remember(archive, sync)).isEqualTo(new ArchiveSettings("", List.of("m5.large"),
                List.of("eu-west-1"), List.of("Linux/UNIX"), 15));
    }

    @Test
    void aFirstStartTracksLinuxUnixSoTickingTypesAndRegionsIsEnough() {
        var sync = sync(new InlineCalls());

        sync.restore(TrackedSeries.none(), 0);

        assertThat(sync.products().chosen()).containsExactly("Linux/UNIX");
    }

    @Test
    void signedOutOrWithAnExpiredMfaSessionItWaitsWithoutAsking() {
        var signedOut = sync(new InlineCalls());
        signedOut.syncNow();
        assertThat(signedOut.stateProperty().get()).startsWith("Waiting for sign-in");
        assertThat(signedOut.timerStarted()).isFalse();
        handle.close();

        try (var sessions = new TestSessions()) {
            var calls = new InlineCalls(sessions.mfaSession(java.time.Instant.parse("2029-12-31T00:00:00Z")));
            var expired = sync(calls);
            expired.syncNow();
            assertThat(expired.stateProperty().get()).startsWith("Paused").contains("Renew");
        }
        assertThat(wire.bodies(ACTION)).isEmpty();
    }

    @Test
    void nothingTrackedIsSaidSo() {
        var sync = sync(new InlineCalls(wire.session()));
        sync.types().clearSelection();

        sync.syncNow();

        assertThat(sync.stateProperty().get()).startsWith("Nothing to sync");
        assertThat(wire.bodies(ACTION)).isEmpty();
    }

    @Test
    void theUrlIsCheckedNextToTheFieldAndAnUnreachableServerLeavesNoArchiveWithTheReason() {
        assertThat(ArchiveModel.urlProblem("")).isEmpty();
        assertThat(ArchiveModel.urlProblem("jdbc:postgresql://db.example:5432/spot")).isEmpty();
        assertThat(ArchiveModel.urlProblem("postgres://db/spot")).contains("jdbc:postgresql://");
        assertThat(ArchiveModel.urlProblem("jdbc:postgresql://db.example:5432")).contains("database");
        sync(new InlineCalls(wire.session()));

        archive.urlTextProperty().set("jdbc:postgresql://127.0.0.1:1/spot?user=alice&password=hunter2");
        archive.apply(ArchiveOpener.PasswordPrompt.NONE);

        assertThat(archive.messageProperty().get()).startsWith("No archive:").doesNotContain("hunter2");
        assertThat(archive.appliedUrl()).as("saved only once it opened").isEmpty();
        assertThat(archive.rows()).isEmpty();
    }

    @Test
    void spotspecArchiveUrlWinsAndIsShownWithoutItsPassword() {
        var fromEnv = new ArchiveModel(new ArchiveHandle(() -> null), new ArchiveOpener(Map.of(), dir,
                dir.resolve("a.db"), ArchiveOpener.PasswordPrompt.NONE), TaskRunner.inline(),
                Map.of(ArchiveOpener.URL_VARIABLE, "jdbc:postgresql://db:5432/spot?password=hunter2"));
        assertThat(fromEnv.urlEditable()).isFalse();
        assertThat(fromEnv.urlTextProperty().get()).isEqualTo("jdbc:postgresql://db:5432/spot?password=***");
    }
}
