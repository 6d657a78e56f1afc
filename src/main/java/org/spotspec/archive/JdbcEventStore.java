package org.spotspec.archive;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spotspec.watch.EventStore;
import org.spotspec.watch.RegionSnapshot;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEvent;

/**
 * The watcher's event store in the price archive's database (migration V3), on the archive's own
 * connection and lock: the app keeps one connection, and a write of events never interleaves with
 * a price sync's transaction.
 */
final class JdbcEventStore implements EventStore {
    private final ArchiveConnection db;
    private final Clock clock;
    private final EventsTable events = new EventsTable();
    private final WatchSnapshotTables snapshots;
    private final AlertStatesTable alerts = new AlertStatesTable();

    JdbcEventStore(ArchiveConnection db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.snapshots = new WatchSnapshotTables(db.dialect());
    }

    @Override
    public List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> newEvents) {
        Objects.requireNonNull(now, "now");
        var copy = List.copyOf(newEvents);
        return db.inTransaction(true, c -> {
            snapshots.replace(c, now, clock.instant());
            return events.insert(c, copy);
        });
    }

    @Override
    public List<StoredEvent> append(List<WatchEvent> newEvents) {
        var copy = List.copyOf(newEvents);
        if (copy.isEmpty()) {
            return List.of(); // no write transaction (nor a wait for another writer's lock) for nothing
        }
        return db.inTransaction(true, c -> events.insert(c, copy));
    }

    @Override
    public Optional<RegionSnapshot> snapshot(String account, String region) {
        return db.inTransaction(false, c -> snapshots.read(c, account, region));
    }

    @Override
    public List<StoredEvent> since(Instant since, int limit) {
        return db.inTransaction(false, c -> events.since(c, since, limit));
    }

    @Override
    public void acknowledge(Collection<Long> keys) {
        var sorted = keys.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (!sorted.isEmpty()) {
            db.inTransaction(true, c -> {
                events.acknowledge(c, sorted);
                return null;
            });
        }
    }

    @Override
    public int unacknowledged() {
        return db.inTransaction(false, events::unacknowledged);
    }

    @Override
    public Map<String, String> alertStates() {
        return db.inTransaction(false, alerts::all);
    }

    @Override
    public List<StoredEvent> recordAlerts(Map<String, String> states, List<WatchEvent> newEvents) {
        var statesCopy = Map.copyOf(states);
        var copy = List.copyOf(newEvents);
        if (statesCopy.isEmpty() && copy.isEmpty()) {
            return List.of();
        }
        return db.inTransaction(true, c -> {
            alerts.put(c, statesCopy, clock.instant());
            return events.insert(c, copy);
        });
    }
}
