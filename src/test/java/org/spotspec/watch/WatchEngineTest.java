package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.watch.Rows.ACCOUNT;
import static org.spotspec.watch.Rows.instance;
import static org.spotspec.watch.Rows.read;
import static org.spotspec.watch.Rows.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.spotspec.testing.MutableClock;

class WatchEngineTest {
    private final MutableClock clock = new MutableClock(Rows.NOW);
    private final MemoryEventStore store = new MemoryEventStore();

    @Test
    void eventsAreStoredWithTheSnapshotAndARestartRepeatsNone() {
        var engine = new WatchEngine(store, clock);
        assertThat(engine.observe(ACCOUNT, read(List.of(request("sir-1", "open", "pending-evaluation", "")),
                List.of()))).as("baseline").isEmpty();
        clock.advance(Duration.ofSeconds(60));
        var fulfilled = read(List.of(request("sir-1", "active", "fulfilled", "i-1")), List.of(instance("i-1",
                "running", "")));
        var stored = engine.observe(ACCOUNT, fulfilled);
        assertThat(stored).extracting(s -> s.event().kind()).containsExactly(EventKind.REQUEST_STATUS,
                EventKind.INSTANCE_NEW);
        assertThat(stored).extracting(StoredEvent::key).doesNotHaveDuplicates();

        var restarted = new WatchEngine(store, clock);
        clock.advance(Duration.ofSeconds(60));
        assertThat(restarted.observe(ACCOUNT, fulfilled)).isEmpty();
        assertThat(store.since(Rows.NOW, 100)).hasSize(2);
        assertThat(store.unacknowledged()).isEqualTo(2);
    }

    @Test
    void aPollThatChangedNothingWritesNothing() {
        var counting = new CountingStore();
        var engine = new WatchEngine(counting, clock);
        var read = read(List.of(request("sir-1", "open", "pending-evaluation", "")), List.of());

        engine.observe(ACCOUNT, read);
        engine.observe(ACCOUNT, read);
        engine.observe(ACCOUNT, read(List.of(request("sir-1", "open", "pending-evaluation", "")),
                List.of(instance("i-1", "running", ""))));

        assertThat(counting.records).isEqualTo(2);
    }

    /** Counts the snapshots written. */
    private static final class CountingStore implements EventStore {
        private final MemoryEventStore memory = new MemoryEventStore();
        int records;

        @Override
        public List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> events) {
            records++;
            return memory.record(now, events);
        }

        @Override
        public List<StoredEvent> append(List<WatchEvent> events) {
            return memory.append(events);
        }

        @Override
        public java.util.Optional<RegionSnapshot> snapshot(String account, String region) {
            return memory.snapshot(account, region);
        }

        @Override
        public List<StoredEvent> since(java.time.Instant since, int limit) {
            return memory.since(since, limit);
        }

        @Override
        public void acknowledge(java.util.Collection<Long> keys) {
            memory.acknowledge(keys);
        }

        @Override
        public int unacknowledged() {
            return memory.unacknowledged();
        }

        @Override
        public java.util.Map<String, String> alertStates() {
            return memory.alertStates();
        }

        @Override
        public List<StoredEvent> recordAlerts(java.util.Map<String, String> states, List<WatchEvent> events) {
            return memory.recordAlerts(states, events);
        }
    }

    @Test
    void theAppAndACommandLineWatcherOnOneStoreAreEachToldTheHistoryKeepsItOnce() {
        var app = new WatchEngine(store, clock, "app@host/alice");
        var cli = new WatchEngine(store, clock, "cli@host/alice");
        var open = read(List.of(request("sir-1", "open", "pending-evaluation", "")), List.of());
        app.observe(ACCOUNT, open);
        cli.observe(ACCOUNT, open);
        clock.advance(Duration.ofSeconds(60));
        var fulfilled = read(List.of(request("sir-1", "active", "fulfilled", "")), List.of());

        var toldApp = app.observe(ACCOUNT, fulfilled);
        clock.advance(Duration.ofSeconds(20));
        var toldCli = cli.observe(ACCOUNT, fulfilled);

        assertThat(toldApp).extracting(s -> s.event().to()).containsExactly("fulfilled");
        assertThat(toldCli).extracting(StoredEvent::key).isEqualTo(toldApp.stream().map(StoredEvent::key).toList());
        assertThat(store.since(Rows.NOW, 100)).hasSize(1);
        assertThat(toldApp.get(0).event().account()).isEqualTo(ACCOUNT);
    }

    @Test
    void parallelObservationsOfOneRegionTellAChangeOnce() throws Exception {
        var engine = new WatchEngine(store, clock);
        engine.observe(ACCOUNT, read(List.of(request("sir-1", "open", "pending-evaluation", "")), List.of()));
        var changed = read(List.of(request("sir-1", "active", "fulfilled", "i-1")), List.of());
        var pool = Executors.newFixedThreadPool(8);
        var results = new ArrayList<java.util.concurrent.Future<List<StoredEvent>>>();
        for (int i = 0; i < 32; i++) {
            results.add(pool.submit(() -> engine.observe(ACCOUNT, changed)));
        }
        int total = 0;
        for (var r : results) {
            total += r.get(10, TimeUnit.SECONDS).size();
        }
        pool.shutdown();

        assertThat(total).isEqualTo(1);
    }

    @Test
    void theMemoryStoreAcknowledgesAndLimitsToTheNewest() {
        var events = new ArrayList<WatchEvent>();
        for (int i = 0; i < 5; i++) {
            events.add(new WatchEvent(Rows.NOW.plusSeconds(i), ACCOUNT, "eu-west-1", EventKind.WATCH, "w" + i, "", "",
                    "", Severity.INFO));
        }
        var stored = store.append(events);

        store.acknowledge(List.of(stored.get(0).key(), 999L));

        assertThat(store.unacknowledged()).isEqualTo(4);
        assertThat(store.since(Rows.NOW.plusSeconds(1), 2)).extracting(s -> s.event().id()).containsExactly("w3", "w4");
        store.recordAlerts(java.util.Map.of("r|s", "above"), List.of());
        assertThat(store.alertStates()).containsEntry("r|s", "above");
    }
}
