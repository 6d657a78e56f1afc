package org.spotspec.model.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.model.session.SessionState;
import org.spotspec.notify.DesktopNotifier;
import org.spotspec.pricedata.AlertSync;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.watch.EventStore;
import org.spotspec.watch.PollSchedule;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.SessionWatch;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEngine;
import org.spotspec.watch.WatchEvent;

/**
 * The watcher while the app runs: on each {@link #tick()} (once a second, FX thread) it polls the
 * regions that are due, each in a task of its own (never two of one region at once: the
 * {@link PollSchedule}), turns what changed into events (stored with the snapshot they came from,
 * so a restart neither repeats nor loses one), and announces those that matter: the Events tab,
 * an in-app notification, the desktop's when allowed. Price alerts are judged after each archive
 * sync and at least every {@link #ALERT_INTERVAL}. While the MFA session has ended it pauses,
 * says so, and resumes once the session is renewed: a timer never prompts for a code.
 */
public final class WatchModel {
    /** How often price alert rules are judged at least; the archive sync also triggers a check. */
    public static final Duration ALERT_INTERVAL = Duration.ofMinutes(5);
    public static final List<Integer> INTERVALS = List.of(5, 10, 15, 30, 60, 120, 300, 600, 900);
    public static final int DEFAULT_INTERVAL_SECONDS = 60;
    /** After a sign-in the first poll waits this long: the sign-in's own lookups go first. */
    public static final Duration FIRST_POLL_DELAY = Duration.ofSeconds(10);

    private final SessionState session;
    private final TaskRunner tasks;
    private final Clock clock;
    private final RegionReader reader;
    private final WatchEngine engine;
    private final EventStore store;
    private final EventsModel events;
    private final AlertRulesModel rules;
    private final AlertSync alertSync;
    private final DoubleSupplier myMaxPrice;
    private final WatchRegions regions;
    private final PollSchedule schedule;
    private final SessionWatch sessionWatch = new SessionWatch();
    private final Optional<DesktopNotifier> desktop;
    private final List<Consumer<List<StoredEvent>>> announcers = new ArrayList<>();
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> intervalSeconds = new SimpleObjectProperty<>(DEFAULT_INTERVAL_SECONDS);
    private final BooleanProperty desktopNotifications = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(WatchTexts.WAITING_FOR_SIGN_IN);
    private boolean checkingAlerts;
    private Instant nextAlertCheck = Instant.MIN;
    private Instant firstPoll = Instant.MIN;

    /**
     * @param myMaxPrice "my max price" of the Prices tab, NaN when none is set
     * @param engine     compares each read with what this watcher saw last, and stores the events
     * @param desktop    the desktop's notifications, when this OS has them
     */
    public WatchModel(SessionState session, TaskRunner tasks, Clock clock, RegionReader reader, WatchEngine engine,
                      EventsModel events, AlertRulesModel rules, AlertSync alertSync, DoubleSupplier myMaxPrice,
                      WatchRegions regions, Optional<DesktopNotifier> desktop) {
        this.session = session;
        this.tasks = tasks;
        this.clock = clock;
        this.reader = reader;
        this.store = engine.store();
        this.engine = engine;
        this.events = events;
        this.rules = rules;
        this.alertSync = alertSync;
        this.myMaxPrice = myMaxPrice;
        this.regions = regions;
        this.desktop = desktop;
        this.schedule = new PollSchedule(clock);
        enabled.addListener((obs, was, on) -> tick());
        session.sessionProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.identity().equals(now.identity()))) {
                firstPoll = clock.instant().plus(FIRST_POLL_DELAY); // a renewal or region switch goes on at once
            }
        });
    }

    /** Called with each batch of stored events that should be announced (in-app notifications). */
    public void addAnnouncer(Consumer<List<StoredEvent>> announcer) {
        announcers.add(announcer);
    }

    /** Once a second on the FX thread (and when the settings change): polls what is due. */
    public void tick() {
        var now = clock.instant();
        var current = session.current();
        var sessionEvents = current.map(s -> sessionWatch.check(s, now)).orElse(List.of());
        if (!sessionEvents.isEmpty()) {
            append(sessionEvents);
        }
        if (!enabled.get()) {
            state.set(WatchTexts.OFF);
            return;
        }
        if (current.isEmpty()) {
            state.set(WatchTexts.WAITING_FOR_SIGN_IN);
            return;
        }
        if (sessionWatch.paused(now)) {
            state.set(WatchTexts.PAUSED);
            return;
        }
        var watched = regions.watched();
        if (now.isBefore(firstPoll)) {
            state.set(WatchTexts.watching(watched, intervalSeconds.get(), schedule));
            return;
        }
        schedule.regions(watched);
        schedule.interval(Duration.ofSeconds(intervalSeconds.get() == null ? DEFAULT_INTERVAL_SECONDS
                : intervalSeconds.get()));
        for (var region : schedule.due()) {
            poll(current.get(), region);
        }
        if (!rules.rules().isEmpty() && !checkingAlerts && !now.isBefore(nextAlertCheck)) {
            checkAlerts(current.get());
        }
        state.set(WatchTexts.watching(watched, intervalSeconds.get(), schedule));
    }

    private void poll(AwsSession s, String region) {
        var account = s.identity().account();
        tasks.task("Watch " + region, () -> engine.observe(account, reader.read(s, region)))
                .onSuccess(stored -> {
                    var notes = schedule.succeeded(region);
                    deliver(stored);
                    if (!notes.isEmpty()) {
                        append(notes);
                    }
                })
                .onFailure(failure -> {
                    var notes = schedule.failed(region, ErrorTranslator.translate("Watch " + region, failure));
                    if (!notes.isEmpty()) {
                        append(notes);
                    }
                })
                .start();
    }

    /** Judges the price alert rules now (after an archive sync, or when they changed). */
    public void checkAlertsSoon() {
        nextAlertCheck = Instant.MIN;
    }

    private void checkAlerts(AwsSession s) {
        checkingAlerts = true;
        var max = myMaxPrice.getAsDouble();
        var asked = List.copyOf(rules.rules());
        tasks.task("Check price alerts", () -> alertSync.check(s, asked,
                        Double.isNaN(max) ? OptionalDouble.empty() : OptionalDouble.of(max)))
                .onSuccess(this::deliver)
                .onFailure(e -> state.set("Price alerts could not be checked: " + e.getMessage()))
                .andFinally(() -> {
                    checkingAlerts = false;
                    nextAlertCheck = clock.instant().plus(ALERT_INTERVAL);
                })
                .start();
    }

    /** Stores events that belong to no poll (session, watcher notes), then announces them. */
    private void append(List<WatchEvent> notes) {
        tasks.task("Store watch events", () -> store.append(notes)).onSuccess(this::deliver).start();
    }

    private void deliver(List<StoredEvent> stored) {
        if (stored.isEmpty()) {
            return;
        }
        events.add(stored);
        var loud = stored.stream().filter(e -> e.event().severity().notifies()).toList();
        if (loud.isEmpty()) {
            return;
        }
        announcers.forEach(a -> a.accept(loud));
        if (desktopNotifications.get()) {
            desktop.ifPresent(d -> loud.forEach(e -> d.send(EventTexts.title(e.event()), e.event().message(),
                    e.event().severity() == org.spotspec.watch.Severity.URGENT)));
        }
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<Integer> intervalSecondsProperty() {
        return intervalSeconds;
    }

    public BooleanProperty desktopNotificationsProperty() {
        return desktopNotifications;
    }

    /** Whether the desktop offers notifications at all; the setting is disabled when not. */
    public boolean desktopNotificationsAvailable() {
        return desktop.isPresent();
    }

    /** The desktop notifications' tool, for the setting's note; empty when none. */
    public String desktopTool() {
        return desktop.map(DesktopNotifier::toolName).orElse("");
    }

    public WatchRegions regions() {
        return regions;
    }

    public AlertRulesModel rules() {
        return rules;
    }

    /** What the watcher does now, one line: watching where and how often, paused and why, off. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
