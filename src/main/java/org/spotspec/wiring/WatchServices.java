package org.spotspec.wiring;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.concurrent.DaemonExecutors;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.watch.AlertRulesModel;
import org.spotspec.model.watch.EventsModel;
import org.spotspec.model.watch.WatchModel;
import org.spotspec.model.watch.WatchRegions;
import org.spotspec.notify.DesktopNotifier;
import org.spotspec.pricedata.AlertSync;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchivedEvents;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.watch.PriceAlerts;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.WatchEngine;

/**
 * The watcher's part of the object graph: the event history in the archive, the Events tab's
 * model, the price alert rules, and the watcher ticking once a second on the FX thread once
 * {@link #start} is called (by the window; view tests never start it, so they make no polls).
 */
public final class WatchServices {
    private final ArchivedEvents store;
    private final EventsModel events;
    private final WatchModel watch;
    private final ScheduledExecutorService timer;
    private final Executor fxExecutor;
    private boolean started;

    /**
     * @param tableRegions the regions the Requests and Instances tables show (watched by default)
     * @param myMaxPrice   the Prices tab's "my max price", NaN when none is set
     */
    WatchServices(SessionState session, TaskRunner tasks, Clock clock, Executor fxExecutor,
                  ScheduledExecutorService timer, ArchiveHandle archive, ArchivedPrices prices,
                  SpotRequestService requests, InstanceService instances,
                  org.spotspec.model.tables.TableRegions tableRegions,
                  DoubleSupplier myMaxPrice, Map<String, String> env) {
        this.timer = timer;
        this.fxExecutor = fxExecutor;
        this.store = new ArchivedEvents(archive);
        this.events = new EventsModel(tasks, () -> store, store::problem, clock);
        var desktop = DesktopNotifier.find(env, System.getProperty("os.name"), "SpotSpec",
                DaemonExecutors.pool("desktop-notify", 1));
        var watcher = WatchEngine.watcherName("app", env);
        this.watch = new WatchModel(session, tasks, clock, new RegionReader(requests, instances),
                new WatchEngine(store, clock, watcher), events, new AlertRulesModel(),
                new AlertSync(prices, new PriceAlerts(store, clock, watcher)), myMaxPrice,
                new WatchRegions(tableRegions::effective, tableRegions.effectiveProperty()), desktop);
    }

    /** Starts the once-a-second tick (the main window does, when it first shows). */
    public void start() {
        if (!started) {
            started = true;
            timer.scheduleWithFixedDelay(() -> fxExecutor.execute(watch::tick), 1, 1, TimeUnit.SECONDS);
        }
    }

    public EventsModel events() {
        return events;
    }

    public WatchModel watch() {
        return watch;
    }

    /** Why events will not outlast this run (no archive); empty when they will. */
    public String storeProblem() {
        return store.problem();
    }
}
