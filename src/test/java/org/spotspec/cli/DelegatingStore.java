package org.spotspec.cli;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spotspec.watch.EventStore;
import org.spotspec.watch.RegionSnapshot;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEvent;

/** An {@link EventStore} passing every call on, for tests that make one call misbehave. */
class DelegatingStore implements EventStore {
    private final EventStore store;

    DelegatingStore(EventStore store) {
        this.store = store;
    }

    @Override
    public List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> events) {
        return store.record(now, events);
    }

    @Override
    public List<StoredEvent> append(List<WatchEvent> events) {
        return store.append(events);
    }

    @Override
    public Optional<RegionSnapshot> snapshot(String account, String region) {
        return store.snapshot(account, region);
    }

    @Override
    public List<StoredEvent> since(Instant since, int limit) {
        return store.since(since, limit);
    }

    @Override
    public void acknowledge(Collection<Long> keys) {
        store.acknowledge(keys);
    }

    @Override
    public int unacknowledged() {
        return store.unacknowledged();
    }

    @Override
    public Map<String, String> alertStates() {
        return store.alertStates();
    }

    @Override
    public List<StoredEvent> recordAlerts(Map<String, String> states, List<WatchEvent> events) {
        return store.recordAlerts(states, events);
    }
}
