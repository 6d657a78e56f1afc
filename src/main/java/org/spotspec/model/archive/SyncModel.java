package org.spotspec.model.archive;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.FetchProgress;
import org.spotspec.model.prices.SelectionList;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;
import org.spotspec.pricedata.PriceSync;
import org.spotspec.pricedata.SyncOutcome;
import org.spotspec.pricedata.SyncScheduler;
import org.spotspec.pricedata.TrackedSeries;
import org.spotspec.prices.PriceQuery;
import org.spotspec.tasks.TaskRunner;

/**
 * The tracked series (types × regions × products) and their sync: by the user ("Sync now") or by
 * the timer while signed in, never two at once, progress in the status bar. While the MFA session
 * needs a new code the timer's syncs pause, without a prompt: a dialog popping up from a timer
 * would ask for a code the user did not expect to give. The sync calls {@link PriceSync} directly,
 * not through the calls that renew a session by prompting.
 */
public final class SyncModel implements AutoCloseable {
    /** The first timer sync after sign-in: soon, but after the sign-in's own lookups. */
    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    /** The intervals offered, in minutes. */
    public static final List<Integer> INTERVALS = List.of(5, 10, 15, 30, 60, 120, 360, 720, 1440);

    private final PriceSync sync;
    private final SessionState session;
    private final TaskRunner tasks;
    private final StatusState status;
    private final Executor fxExecutor;
    private final SyncScheduler scheduler;
    private final SelectionList types = new SelectionList();
    private final SelectionList regions = new SelectionList();
    private static final String DEFAULT_PRODUCT = "Linux/UNIX";
    private final SelectionList products = new SelectionList();
    private final ObjectProperty<Integer> intervalMinutes =
            new SimpleObjectProperty<>((int) SyncScheduler.DEFAULT_INTERVAL.toMinutes());
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(SyncTexts.WAITING_FOR_SIGN_IN);
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> regionOutcomes = FXCollections.observableArrayList();
    /** Held: an unmodifiable view forwards changes only while someone holds it. */
    private final ObservableList<String> offeredTypes;

    /**
     * @param offeredTypes the instance types to choose from (the Prices tab's, of the session's region)
     * @param timer        runs the sync timer; its runs only hand the sync to the FX thread
     */
    public SyncModel(PriceSync sync, SessionState session, TaskRunner tasks, StatusState status, Executor fxExecutor,
                     ScheduledExecutorService timer, ObservableList<String> offeredTypes) {
        this.sync = sync;
        this.session = session;
        this.tasks = tasks;
        this.status = status;
        this.fxExecutor = fxExecutor;
        this.scheduler = new SyncScheduler(timer, () -> fxExecutor.execute(() -> sync(false)));
        this.offeredTypes = offeredTypes;
        products.setItems(PriceQuery.PRODUCTS);
        offeredTypes.addListener((ListChangeListener<String>) c -> offerTypes(List.of()));
        session.sessionProperty().addListener((obs, old, now) -> sessionChanged(now));
        session.expiredProperty().addListener((obs, was, expired) -> {
            if (expired && !syncing.get()) {
                state.set(SyncTexts.PAUSED);
            }
        });
        session.current().ifPresent(this::sessionChanged); // built after sign-in (tests): as if it just happened
        intervalMinutes.addListener((obs, old, now) -> {
            if (scheduler.isStarted() && now != null) {
                scheduler.start(interval(), interval());
            }
        });
    }

    /** The chosen types stay offered when the region's list lacks them (they were chosen in another region). */
    private void offerTypes(List<String> alsoOffer) {
        var items = new LinkedHashSet<>(offeredTypes);
        items.addAll(types.chosen());
        items.addAll(alsoOffer);
        types.setItems(List.copyOf(items));
    }

    private void sessionChanged(AwsSession now) {
        if (now == null) {
            scheduler.stop();
            state.set(SyncTexts.WAITING_FOR_SIGN_IN);
            return;
        }
        offerRegions();
        scheduler.start(FIRST_DELAY, interval());
        state.set(SyncTexts.scheduled(intervalMinutes.get()));
    }

    /** Offline (the main window without a session): what is tracked shows, and the sync waits for sign-in. */
    public void offline() {
        offerRegions();
        state.set(SyncTexts.WAITING_FOR_SIGN_IN);
    }

    /** Not at start: the SDK's region list is slow to load the first time. */
    private void offerRegions() {
        if (regions.items().isEmpty()) {
            regions.setItems(AwsRegions.commercial().stream().map(AwsRegions.Choice::id).toList());
        }
    }

    /** Syncs the tracked series now, unless a sync is running or the session cannot sync. */
    public void syncNow() {
        sync(true);
    }

    private void sync(boolean byUser) {
        if (syncing.get()) {
            return; // never two at once: the timer's tick is dropped, the running sync covers it
        }
        var current = session.current();
        if (current.isEmpty()) {
            state.set(SyncTexts.WAITING_FOR_SIGN_IN);
            return;
        }
        if (session.isExpired()) {
            state.set(SyncTexts.PAUSED);
            return;
        }
        var tracked = tracked();
        if (tracked.isEmpty()) {
            state.set(byUser ? SyncTexts.NOTHING_TRACKED : SyncTexts.scheduled(intervalMinutes.get()));
            return;
        }
        syncing.set(true);
        int total = tracked.regions().size();
        state.set("Syncing…");
        status.showSync(SyncTexts.progress(0, total));
        Set<String> finished = ConcurrentHashMap.newKeySet();
        var progress = new FetchProgress() {
            @Override
            public void pageFetched(String region, int pages, long records) {
            }

            @Override
            public void regionFinished(String region, boolean succeeded, int done, int all) {
                finished.add(region);
                int count = Math.min(total, finished.size());
                fxExecutor.execute(() -> status.showSync(SyncTexts.progress(count, total)));
            }
        };
        tasks.task(StatusState.SYNC_TASK, () -> sync.syncOnce(current.get(), tracked, progress, () -> false))
                .onSuccess(this::show)
                .onFailure(e -> state.set("The sync failed: " + e.getMessage()))
                .andFinally(() -> {
                    syncing.set(false);
                    status.showSync("");
                })
                .start();
    }

    private void show(SyncOutcome outcome) {
        regionOutcomes.setAll(outcome.regions().stream().map(SyncTexts::region).toList());
        state.set(SyncTexts.outcome(outcome, intervalMinutes.get()));
    }

    /** What is tracked now. */
    public TrackedSeries tracked() {
        return new TrackedSeries(types.chosen(), regions.chosen(), products.chosen());
    }

    /** Chooses what was tracked last time; a list not loaded yet takes it when it is. */
    public void restore(TrackedSeries saved, int minutes) {
        offerTypes(saved.instanceTypes());
        types.prefer(saved.instanceTypes());
        regions.prefer(saved.regions());
        // Nothing tracked without a product: Linux/UNIX unless chosen otherwise, as the CLI's default.
        products.prefer(saved.products().isEmpty() ? List.of(DEFAULT_PRODUCT) : saved.products());
        if (minutes > 0) {
            intervalMinutes.set(minutes);
        }
    }

    private Duration interval() {
        var minutes = intervalMinutes.get();
        return Duration.ofMinutes(minutes == null || minutes <= 0 ? SyncScheduler.DEFAULT_INTERVAL.toMinutes() : minutes);
    }

    public SelectionList types() {
        return types;
    }

    public SelectionList regions() {
        return regions;
    }

    public SelectionList products() {
        return products;
    }

    /** Minutes between the timer's syncs. */
    public ObjectProperty<Integer> intervalMinutesProperty() {
        return intervalMinutes;
    }

    /** What the sync does now: waits for sign-in, paused for a renewal, syncing, or the last outcome. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** One line per region of the last sync: records fetched, or why it failed. */
    public ObservableList<String> regionOutcomes() {
        return FXCollections.unmodifiableObservableList(regionOutcomes);
    }

    /** Whether the timer runs (while signed in). */
    public boolean timerStarted() {
        return scheduler.isStarted();
    }

    /** Stops the timer (at exit); a sync in progress finishes. */
    @Override
    public void close() {
        scheduler.close();
    }
}
