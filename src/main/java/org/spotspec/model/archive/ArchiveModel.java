package org.spotspec.model.archive;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.spotspec.archive.ArchiveException;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.model.session.SessionState;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.PriceSync;
import org.spotspec.pricedata.SyncOutcome;
import org.spotspec.pricedata.SyncScheduler;
import org.spotspec.pricedata.TrackedSeries;
import org.spotspec.prices.SeriesKey;
import org.spotspec.tasks.TaskRunner;

/**
 * The Archive view and the background sync: the tracked series, "Sync now" and the timer's
 * ticks (never two at once; none while signed out or the MFA session needs a code: the outcome
 * says so and the next tick tries again), the last outcome and progress for the status bar, and
 * per stored series its span, rows, gaps and last write, with remove and compact. Call on the FX
 * thread; the work runs as background tasks.
 */
public final class ArchiveModel {
    private final SessionState session;
    private final TaskRunner tasks;
    private final PriceSync sync;
    private final ArchiveHandle archive;
    private final Executor fxExecutor;
    private final Clock clock;
    private final ObjectProperty<TrackedSeries> tracked = new SimpleObjectProperty<>(TrackedSeries.none());
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SyncOutcome> lastOutcome = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SeriesStatus> series = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper sizeOnDisk = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private AtomicBoolean cancelFlag = new AtomicBoolean();

    public ArchiveModel(SessionState session, TaskRunner tasks, PriceSync sync, ArchiveHandle archive,
                        Executor fxExecutor, Clock clock) {
        this.session = session;
        this.tasks = tasks;
        this.sync = sync;
        this.archive = archive;
        this.fxExecutor = fxExecutor;
        this.clock = clock;
    }

    /** Syncs the tracked series now, unless a sync runs; without a usable session, says why and skips. */
    public void syncNow() {
        if (syncing.get()) {
            return;
        }
        var current = session.current().orElse(null);
        var what = tracked.get();
        if (current == null || session.isExpired()) {
            // The timer never asks for an MFA code: the user renews, and the next tick syncs.
            var outcome = new SyncOutcome(SyncOutcome.Status.NEEDS_SIGN_IN, List.of(), clock.instant(), current == null
                    ? "Not synced: sign in to sync the tracked prices."
                    : "Not synced: the MFA session has expired; enter a new code to resume.");
            lastOutcome.set(outcome);
            progress.set(outcome.message());
            return;
        }
        cancelFlag = new AtomicBoolean();
        var cancel = cancelFlag;
        syncing.set(true);
        progress.set("Syncing the price archive…");
        var tracker = new SyncTracker(fxExecutor, progress::set);
        tasks.task("Sync the price archive", () -> sync.syncOnce(current, what, tracker, cancel::get))
                .onSuccess(outcome -> {
                    lastOutcome.set(outcome);
                    progress.set(outcome.message());
                })
                .onFailure(e -> progress.set("Sync failed: " + e.getMessage()))
                .andFinally(() -> {
                    syncing.set(false);
                    refreshStatus();
                })
                .start();
    }

    public void cancelSync() {
        cancelFlag.set(true);
    }

    /** A timer that runs {@link #syncNow()} on the FX thread every {@code interval}; the caller starts and stops it. */
    public SyncScheduler scheduler(ScheduledExecutorService executor) {
        return new SyncScheduler(executor, () -> fxExecutor.execute(this::syncNow));
    }

    /** Starts the default timer: first sync after a minute (the app settles first), then every 15 minutes. */
    public static void startDefault(SyncScheduler scheduler) {
        scheduler.start(Duration.ofMinutes(1), SyncScheduler.DEFAULT_INTERVAL);
    }

    /** Reads the stored series, the size and the place of the archive again. */
    public void refreshStatus() {
        onArchive("Read the price archive's status", a -> new Status(a.status(), a.sizeOnDisk(), a.location()),
                s -> {
                    series.setAll(s.rows());
                    sizeOnDisk.set(s.bytes());
                    location.set(s.location());
                });
    }

    /** Removes these series' points and the coverage of their (region, type, product). */
    public void remove(Collection<SeriesKey> keys) {
        var copy = List.copyOf(keys);
        onArchive("Remove series from the price archive", a -> {
            a.remove(copy);
            return null;
        }, ignored -> refreshStatus());
    }

    /** Gives removed rows' space back to the file system. */
    public void compact() {
        onArchive("Compact the price archive", a -> {
            a.compact();
            return null;
        }, ignored -> refreshStatus());
    }

    private record Status(List<SeriesStatus> rows, long bytes, String location) {
    }

    private <T> void onArchive(String action, java.util.function.Function<PriceArchive, T> work,
                               java.util.function.Consumer<T> done) {
        tasks.task(action, () -> work.apply(archive.get().orElseThrow(() ->
                        new ArchiveException(ArchiveException.Reason.FAILED, archive.problem()))))
                .onSuccess(result -> {
                    problem.set("");
                    done.accept(result);
                })
                .onFailure(e -> problem.set(e.getMessage()))
                .start();
    }

    /** The series synced by "Sync now" and the timer; restored from and saved to the settings. */
    public ObjectProperty<TrackedSeries> trackedProperty() {
        return tracked;
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** The running sync's progress, then its outcome in one line: for the status bar. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last sync's outcome, per region; null before the first. */
    public ReadOnlyObjectProperty<SyncOutcome> lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }

    /** One row per stored series (after {@link #refreshStatus()}). */
    public ObservableList<SeriesStatus> series() {
        return FXCollections.unmodifiableObservableList(series);
    }

    public ReadOnlyLongProperty sizeOnDiskProperty() {
        return sizeOnDisk.getReadOnlyProperty();
    }

    /** The file or the URL (without password) of the archive. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** Why the archive cannot be read or written; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
