package org.spotspec.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link EventStore} in memory, for {@code spotspec watch --no-archive} and tests: forgets
 * everything when the process ends. Thread-safe (one lock).
 */
public final class MemoryEventStore implements EventStore {
    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<String, RegionSnapshot> snapshots = new HashMap<>();
    private final Map<String, String> alertStates = new HashMap<>();
    private long lastKey;

    @Override
    public synchronized List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> newEvents) {
        snapshots.put(now.account() + "|" + now.region(), now);
        return append(newEvents);
    }

    @Override
    public synchronized List<StoredEvent> append(List<WatchEvent> newEvents) {
        var stored = new ArrayList<StoredEvent>();
        for (var e : newEvents) {
            var earlier = events.stream().filter(s -> EventStore.same(s.event(), e)).findFirst();
            if (earlier.isPresent()) {
                stored.add(earlier.get());
                continue;
            }
            var s = new StoredEvent(++lastKey, e, false);
            events.add(s);
            stored.add(s);
        }
        return stored;
    }

    @Override
    public synchronized Optional<RegionSnapshot> snapshot(String account, String region) {
        return Optional.ofNullable(snapshots.get(account + "|" + region));
    }

    @Override
    public synchronized List<StoredEvent> since(Instant since, int limit) {
        var found = events.stream().filter(s -> !s.event().time().isBefore(since))
                .sorted(java.util.Comparator.comparing((StoredEvent s) -> s.event().time())
                        .thenComparingLong(StoredEvent::key)).toList();
        return List.copyOf(found.subList(Math.max(0, found.size() - limit), found.size()));
    }

    @Override
    public synchronized void acknowledge(Collection<Long> keys) {
        events.replaceAll(s -> keys.contains(s.key()) ? new StoredEvent(s.key(), s.event(), true) : s);
    }

    @Override
    public synchronized int unacknowledged() {
        return (int) events.stream().filter(s -> !s.acknowledged()).count();
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
