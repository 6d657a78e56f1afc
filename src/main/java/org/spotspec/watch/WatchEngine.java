package org.spotspec.watch;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The watcher's core step: compares a fresh read of a region with the snapshot the store holds
 * and stores the events with the new snapshot in one go, so a restart neither repeats nor loses
 * one. Regions are observed in parallel; one region's observations run one at a time (else two
 * reads could both compare with the same old snapshot and tell a change twice).
 */
public final class WatchEngine {
    private final EventStore store;
    private final Clock clock;
    private final Differ differ = new Differ();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();
    private final String watcher;

    public WatchEngine(EventStore store, Clock clock) {
        this(store, clock, "");
    }

    /**
     * A watcher's name among those sharing an archive: {@code kind@host/user}, e.g. {@code app@build-7/alice}
     * (the app) or {@code cli@build-7/alice} ({@code spotspec watch}).
     */
    public static String watcherName(String kind, java.util.Map<String, String> env) {
        var host = env.getOrDefault("HOSTNAME", env.getOrDefault("COMPUTERNAME", "localhost"));
        return kind + "@" + host + "/" + System.getProperty("user.name", "");
    }

    /**
     * @param watcher names this watcher's snapshots (e.g. {@code app@host/user}): the app and a
     *                {@code spotspec watch} on one archive each compare with what they saw last, so
     *                neither takes the other's change away from its user; the history keeps the
     *                event once ({@link EventStore#SAME_EVENT_WINDOW})
     */
    public WatchEngine(EventStore store, Clock clock, String watcher) {
        this.store = store;
        this.clock = clock;
        this.watcher = watcher == null ? "" : watcher;
    }

    /** The events {@code read} makes for {@code account}, as stored (with their keys), oldest first. */
    public List<StoredEvent> observe(String account, RegionRead read) {
        var lock = locks.computeIfAbsent(account + "|" + read.region(), k -> new Object());
        var key = watcher.isEmpty() ? account : account + "#" + watcher;
        synchronized (lock) {
            var before = store.snapshot(key, read.region());
            // Whole seconds: a poll sees a change up to an interval late, so finer would only look precise.
            var events = differ.diff(account, before, read, clock.instant().truncatedTo(ChronoUnit.SECONDS));
            var seen = differ.snapshot(account, read);
            var now = new RegionSnapshot(key, seen.region(), seen.requests(), seen.instances());
            if (events.isEmpty() && before.isPresent() && before.get().equals(now)) {
                return List.of(); // nothing changed: no write, so a quiet watch costs the archive nothing
            }
            return store.record(now, events);
        }
    }

    /** Stores events of no region read (session, watcher, price alerts); empty in, nothing stored. */
    public List<StoredEvent> note(List<WatchEvent> events) {
        return events.isEmpty() ? List.of() : store.append(events);
    }

    public EventStore store() {
        return store;
    }
}
