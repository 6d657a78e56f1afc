package org.spotspec.pricedata;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.PriceArchive;
import org.spotspec.watch.EventStore;
import org.spotspec.watch.MemoryEventStore;
import org.spotspec.watch.RegionSnapshot;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEvent;

/**
 * The watcher's history in the price archive's database, opened with the archive at first use
 * (in the background). Without an archive (it cannot be opened, or the user chose none) the events
 * are kept in memory for this run, and {@link #problem()} says why they will not last.
 */
public final class ArchivedEvents implements EventStore {
    private static final Logger LOG = LoggerFactory.getLogger(ArchivedEvents.class);

    private final ArchiveHandle archive;
    private final MemoryEventStore memory = new MemoryEventStore();
    private volatile boolean warned;

    public ArchivedEvents(ArchiveHandle archive) {
        this.archive = archive;
    }

    /** Why events are not kept beyond this run; empty when they are. */
    public String problem() {
        return archive.problem().isEmpty() ? ""
                : "Events are kept only until SpotSpec closes: the archive is not available (" + archive.problem() + ").";
    }

    private EventStore store() {
        Optional<EventStore> stored = archive.get().map(PriceArchive::events);
        if (stored.isEmpty() && !warned) {
            warned = true;
            LOG.warn("{}", problem());
        }
        return stored.orElse(memory);
    }

    @Override
    public List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> events) {
        return store().record(now, events);
    }

    @Override
    public List<StoredEvent> append(List<WatchEvent> events) {
        return store().append(events);
    }

    @Override
    public Optional<RegionSnapshot> snapshot(String account, String region) {
        return store().snapshot(account, region);
    }

    @Override
    public List<StoredEvent> since(Instant since, int limit) {
        return store().since(since, limit);
    }

    @Override
    public void acknowledge(Collection<Long> keys) {
        store().acknowledge(keys);
    }

    @Override
    public int unacknowledged() {
        return store().unacknowledged();
    }

    @Override
    public Map<String, String> alertStates() {
        return store().alertStates();
    }

    @Override
    public List<StoredEvent> recordAlerts(Map<String, String> states, List<WatchEvent> events) {
        return store().recordAlerts(states, events);
    }
}
