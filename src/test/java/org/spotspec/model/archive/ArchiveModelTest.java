package org.spotspec.model.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.spotPriceItem;
import static org.spotspec.testing.AwsStub.spotPricePage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.PriceArchives;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.pricedata.PriceSync;
import org.spotspec.pricedata.SyncOutcome.Status;
import org.spotspec.pricedata.TrackedSeries;
import org.spotspec.settings.ArchiveSettings;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.InlineCalls;
import org.spotspec.testing.TestSessions;
import org.spotspec.testing.WireSession;

/** The Archive model without a toolkit: sync now, the stored series, remove, and no sync without a usable session. */
class ArchiveModelTest {
    private static final String ACTION = "DescribeSpotPriceHistory";

    @RegisterExtension
    final WireSession wire = new WireSession();
    @TempDir
    Path dir;
    private ArchiveHandle handle;

    @AfterEach
    void close() {
        if (handle != null) {
            handle.close();
        }
    }

    private ArchiveModel model(InlineCalls calls) {
        handle = new ArchiveHandle(() -> PriceArchives.openEmbedded(dir.resolve("archive.db")));
        var sync = new PriceSync(new ArchivedPrices(new SpotPriceService(2), handle, calls.clock), calls.clock);
        var model = new ArchiveModel(calls.session, TaskRunner.inline(), sync, handle, Runnable::run, calls.clock);
        TrackedSeriesSettingsAdapter.restore(model, new ArchiveSettings("", List.of("m5.large"), List.of("eu-west-1"),
                List.of("Linux/UNIX"), 15));
        return model;
    }

    @Test
    void syncNowStoresTheTrackedSeriesAndListsThemThenRemoveForgetsThem() {
        var calls = new InlineCalls(wire.session());
        wire.aws().ec2Page(ACTION, null, null, spotPricePage("", List.of(spotPriceItem("eu-west-1a", "m5.large",
                "Linux/UNIX", "0.038600", calls.clock.instant().minus(Duration.ofHours(2))))));
        var model = model(calls);

        model.syncNow();

        assertThat(model.lastOutcomeProperty().get().status()).isEqualTo(Status.DONE);
        assertThat(model.progressProperty().get()).startsWith("Synced 1 region(s): 1 records");
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.series()).extracting(s -> s.key().availabilityZone() + " " + s.rows())
                .containsExactly("eu-west-1a 1");
        assertThat(model.locationProperty().get()).endsWith("archive.db");
        assertThat(model.sizeOnDiskProperty().get()).isPositive();

        model.remove(model.series().stream().map(SeriesStatus::key).toList());

        assertThat(model.series()).isEmpty();
        assertThat(TrackedSeriesSettingsAdapter.remember(model, new ArchiveSettings("jdbc:postgresql://db/a", List.of(),
                List.of(), List.of(), 15))).isEqualTo(new ArchiveSettings("jdbc:postgresql://db/a", List.of("m5.large"),
                List.of("eu-west-1"), List.of("Linux/UNIX"), 15));
    }

    @Test
    void signedOutOrWithAnExpiredMfaSessionTheTimerSkipsAndSaysWhy() {
        var signedOut = model(new InlineCalls());
        signedOut.syncNow();
        assertThat(signedOut.lastOutcomeProperty().get().status()).isEqualTo(Status.NEEDS_SIGN_IN);
        handle.close();

        try (var sessions = new TestSessions()) {
            var calls = new InlineCalls(sessions.mfaSession(java.time.Instant.parse("2029-12-31T00:00:00Z")));
            var expired = model(calls);
            expired.syncNow();
            assertThat(expired.lastOutcomeProperty().get().status()).isEqualTo(Status.NEEDS_SIGN_IN);
            assertThat(expired.progressProperty().get()).contains("MFA");
        }
        assertThat(wire.bodies(ACTION)).isEmpty();
    }

    @Test
    void nothingTrackedIsSaidSo() {
        var model = model(new InlineCalls(wire.session()));
        model.trackedProperty().set(TrackedSeries.none());

        model.syncNow();

        assertThat(model.lastOutcomeProperty().get().status()).isEqualTo(Status.NOTHING_TRACKED);
    }
}
