package org.spotspec.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simplest event store that keeps the contract, for tests of what uses a store (the alerts):
 * no database, and no dependency on the app's own memory store either.
 */
final class FakeEventStore implements EventStore {
    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<String, RegionSnapshot> snapshots = new HashMap<>();
    private final Map<String, String> alertStates = new TreeMap<>();
    private long nextKey = 1;

    @Override
    public synchronized List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> newEvents) {
        snapshots.put(now.account() + "\n" + now.region(), now);
        return append(newEvents);
    }

    @Override
    public synchronized List<StoredEvent> append(List<WatchEvent> newEvents) {
        var stored = newEvents.stream().map(e -> new StoredEvent(nextKey++, e, false)).toList();
        events.addAll(stored);
        return stored;
    }

    @Override
    public synchronized Optional<RegionSnapshot> snapshot(String account, String region) {
        return Optional.ofNullable(snapshots.get(account + "\n" + region));
    }

    @Override
    public synchronized List<StoredEvent> since(Instant since, int limit) {
        var matching = events.stream().filter(e -> !e.event().time().isBefore(since))
                .sorted(Comparator.comparing((StoredEvent e) -> e.event().time()).thenComparingLong(StoredEvent::key))
                .toList();
        return limit <= 0 ? List.of() : matching.subList(Math.max(0, matching.size() - limit), matching.size());
    }

    @Override
    public synchronized void acknowledge(Collection<Long> keys) {
        events.replaceAll(e -> keys.contains(e.key()) ? new StoredEvent(e.key(), e.event(), true) : e);
    }

    @Override
    public synchronized int unacknowledged() {
        return (int) events.stream().filter(e -> !e.acknowledged()).count();
    }

    @Override
    public synchronized Map<String, String> alertStates() {
        return Map.copyOf(alertStates);
    }

    @Override
    public synchronized List<StoredEvent> recordAlerts(Map<String, String> states, List<WatchEvent> newEvents) {
        alertStates.putAll(states);
        return append(newEvents);
    }
}
