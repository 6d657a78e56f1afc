package org.spotspec.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} must do, whatever keeps it (the archive's SQLite file, a real
 * PostgreSQL, memory): a subclass says how to make a fresh one and, where it can, how to reopen
 * its storage and how to make an event insert fail.
 *
 * <p>Use: {@code class MyStoreTest extends EventStoreContract { protected EventStore freshStore()
 * { return new MyStore(); } }}. The archive's runs are {@code SqliteEventStoreTest} and
 * {@code PostgresEventStoreTest}.
 */
public abstract class EventStoreContract {
    protected static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    /** A new, empty store (its own storage: nothing from another test). */
    protected abstract EventStore freshStore();

    /**
     * A store over the same storage as the last {@link #freshStore()}, as after a restart. A store
     * that lives in memory only returns the same instance (the default).
     */
    protected EventStore reopened(EventStore store) {
        return store;
    }

    /**
     * Makes the store fail to insert any event whose id is {@code id} (a constraint, a trigger).
     * Stores that cannot be made to fail skip the atomicity tests (the default).
     */
    protected void failInsertsOfEventsWithId(String id) {
        assumeTrue(false, "this store cannot be made to fail an insert");
    }

    protected static WatchEvent event(int minute, String id, String from, String to) {
        return new WatchEvent(T0.plus(Duration.ofMinutes(minute)), "123456789012", "eu-west-1",
                EventKind.REQUEST_STATUS, id, from, to, "Request " + id + ": " + from + " → " + to, Severity.NOTIFY);
    }

    protected static RegionSnapshot snapshot(String region, String... requestStates) {
        var requests = new java.util.HashMap<String, SeenItem>();
        for (int i = 0; i < requestStates.length; i++) {
            requests.put("sir-" + i, new SeenItem("sir-" + i, "open", requestStates[i]));
        }
        return new RegionSnapshot("123456789012", region, requests,
                Map.of("i-0abc", new SeenItem("i-0abc", "running", "")));
    }

    private static List<Long> keys(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::key).toList();
    }

    @Test
    void recordStoresTheEventsAsGivenWithRisingKeysAndTheSnapshot() {
        var store = freshStore();
        var given = List.of(event(2, "sir-b", "pending-evaluation", "fulfilled"), event(1, "sir-a", "", "open"),
                new WatchEvent(T0, "", "", EventKind.SESSION, "", "", "", "Ends in 10 min — ü ✓", Severity.URGENT));

        var stored = store.record(snapshot("eu-west-1", "fulfilled"), given);

        assertThat(stored).extracting(StoredEvent::event).containsExactlyElementsOf(given);
        assertThat(stored).noneMatch(StoredEvent::acknowledged);
        assertThat(keys(stored)).isSorted().doesNotHaveDuplicates();
        assertThat(store.snapshot("123456789012", "eu-west-1")).contains(snapshot("eu-west-1", "fulfilled"));
        assertThat(store.since(Instant.MIN, 10)).extracting(StoredEvent::event)
                .containsExactly(given.get(2), given.get(1), given.get(0)); // by time, to the nanosecond
    }

    @Test
    void aSnapshotIsEmptyBeforeTheFirstPollAndReplacedByEachRecordOfItsRegionOnly() {
        var store = freshStore();
        assertThat(store.snapshot("123456789012", "eu-west-1")).isEmpty();

        store.record(snapshot("eu-west-1", "a", "b", "c"), List.of());
        store.record(snapshot("us-east-1", "x"), List.of());
        store.record(snapshot("eu-west-1", "fulfilled"), List.of(event(0, "sir-0", "a", "fulfilled")));

        assertThat(store.snapshot("123456789012", "eu-west-1")).contains(snapshot("eu-west-1", "fulfilled"));
        assertThat(store.snapshot("123456789012", "us-east-1")).contains(snapshot("us-east-1", "x"));
        assertThat(store.snapshot("999999999999", "eu-west-1")).isEmpty();
    }

    @Test
    void aRegionPolledWithNothingInItIsAnEmptySnapshotNotNone() {
        var store = freshStore();
        var empty = new RegionSnapshot("123456789012", "eu-west-1", Map.of(), Map.of());

        store.record(snapshot("eu-west-1", "open"), List.of());
        store.record(empty, List.of());

        assertThat(store.snapshot("123456789012", "eu-west-1")).contains(empty);
    }

    @Test
    void appendedEventsGetKeysInTheOrderGivenAcrossCalls() {
        var store = freshStore();
        var first = store.append(List.of(event(5, "a", "", "x"), event(1, "b", "", "y")));
        var second = store.append(List.of(event(3, "c", "", "z")));

        var all = new ArrayList<>(keys(first));
        all.addAll(keys(second));
        assertThat(all).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(store.append(List.of())).isEmpty();
        assertThat(store.since(Instant.MIN, 10)).extracting(s -> s.event().id()).containsExactly("b", "c", "a");
    }

    @Test
    void sinceGivesEventsAtOrAfterTheTimeOldestFirstAndTheNewestWhenThereAreMore() {
        var store = freshStore();
        store.append(IntStream.range(0, 10).mapToObj(i -> event(i, "e" + i, "", "")).toList());

        assertThat(store.since(T0.plus(Duration.ofMinutes(7)), 100)).extracting(s -> s.event().id())
                .containsExactly("e7", "e8", "e9");
        assertThat(store.since(T0, 3)).extracting(s -> s.event().id()).containsExactly("e7", "e8", "e9");
        assertThat(store.since(T0.plus(Duration.ofMinutes(9)).plusNanos(1), 100)).isEmpty();
        assertThat(store.since(T0, 0)).isEmpty();
        assertThat(store.since(Instant.MIN, Integer.MAX_VALUE)).hasSize(10);
    }

    @Test
    void eventsAtTheSameTimeKeepTheOrderTheyWereStoredIn() {
        var store = freshStore();
        var same = List.of(event(0, "first", "", ""), event(0, "second", "", ""), event(0, "third", "", ""));
        store.append(same);

        assertThat(store.since(T0, 2)).extracting(s -> s.event().id()).containsExactly("second", "third");
    }

    @Test
    void acknowledgingMarksTheEventsCountsTheRestAndIgnoresUnknownKeys() {
        var store = freshStore();
        var stored = store.append(List.of(event(0, "a", "", ""), event(1, "b", "", ""), event(2, "c", "", "")));
        assertThat(store.unacknowledged()).isEqualTo(3);

        store.acknowledge(List.of(stored.get(0).key(), stored.get(2).key(), 987_654_321L));
        store.acknowledge(List.of(stored.get(0).key())); // twice is fine
        store.acknowledge(List.of());

        assertThat(store.unacknowledged()).isEqualTo(1);
        assertThat(store.since(Instant.MIN, 10)).extracting(StoredEvent::acknowledged).containsExactly(true, false, true);
    }

    @Test
    void alertStatesReplaceTheKeysTheyNameAndKeepTheOthers() {
        var store = freshStore();
        assertThat(store.alertStates()).isEmpty();

        store.recordAlerts(Map.of("r1|m5.large eu-west-1a Linux/UNIX", "below", "r2|x", "steady"), List.of());
        var fired = store.recordAlerts(Map.of("r1|m5.large eu-west-1a Linux/UNIX", "above"),
                List.of(new WatchEvent(T0, "", "eu-west-1", EventKind.PRICE_ALERT, "m5.large eu-west-1a Linux/UNIX",
                        "below", "above", "is above", Severity.NOTIFY)));

        assertThat(store.alertStates()).containsExactlyInAnyOrderEntriesOf(
                Map.of("r1|m5.large eu-west-1a Linux/UNIX", "above", "r2|x", "steady"));
        assertThat(fired).hasSize(1);
        assertThat(store.since(Instant.MIN, 10)).extracting(StoredEvent::key).containsExactly(fired.get(0).key());
        assertThat(store.recordAlerts(Map.of(), List.of())).isEmpty();
    }

    @Test
    void everythingLastsWhenTheStoreIsOpenedAgain() {
        var store = freshStore();
        var stored = store.record(snapshot("eu-west-1", "fulfilled"), List.of(event(0, "a", "", "open")));
        store.recordAlerts(Map.of("k", "above"), List.of());
        store.acknowledge(List.of(stored.get(0).key()));

        var again = reopened(store);
        assertThat(again.snapshot("123456789012", "eu-west-1")).contains(snapshot("eu-west-1", "fulfilled"));
        assertThat(again.alertStates()).containsEntry("k", "above");
        assertThat(again.since(Instant.MIN, 10)).containsExactly(new StoredEvent(stored.get(0).key(),
                stored.get(0).event(), true));
        var later = again.append(List.of(event(1, "b", "", "")));
        assertThat(later.get(0).key()).isGreaterThan(stored.get(0).key());
    }

    @Test
    void aRecordWhoseEventFailsLeavesTheOldSnapshotAndNoEvent() {
        var store = freshStore();
        store.record(snapshot("eu-west-1", "open"), List.of(event(0, "a", "", "open")));
        failInsertsOfEventsWithId("poison");

        assertThatThrownBy(() -> store.record(snapshot("eu-west-1", "fulfilled"),
                List.of(event(1, "b", "open", "fulfilled"), event(2, "poison", "", ""))))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.snapshot("123456789012", "eu-west-1")).contains(snapshot("eu-west-1", "open"));
        assertThat(store.since(Instant.MIN, 10)).extracting(s -> s.event().id()).containsExactly("a");
        assertThat(store.unacknowledged()).isEqualTo(1);
    }

    @Test
    void alertStatesWhoseEventFailsAreNotStored() {
        var store = freshStore();
        store.recordAlerts(Map.of("k", "below"), List.of());
        failInsertsOfEventsWithId("poison");

        assertThatThrownBy(() -> store.recordAlerts(Map.of("k", "above"), List.of(event(0, "poison", "", ""))))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.alertStates()).containsExactly(Map.entry("k", "below"));
        assertThat(store.since(Instant.MIN, 10)).isEmpty();
    }

    @Test
    void concurrentWritersGetDistinctKeysAndLoseNothing() throws Exception {
        var store = freshStore();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<List<StoredEvent>>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                tasks.add(() -> {
                    var mine = new ArrayList<StoredEvent>();
                    for (int i = 0; i < 10; i++) {
                        mine.addAll(store.append(List.of(event(i, "t" + thread + "-" + i, "", ""))));
                    }
                    return mine;
                });
            }
            var keys = new ArrayList<Long>();
            for (var f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                keys.addAll(keys(f.get()));
            }
            assertThat(keys).hasSize(40).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.since(Instant.MIN, 100)).hasSize(40);
        assertThat(store.unacknowledged()).isEqualTo(40);
    }

    @Test
    void theSameChangeSeenByTwoWatchersIsKeptOnceAndGivenToBoth() {
        var store = freshStore();
        var first = store.record(snapshot("eu-west-1", "fulfilled"), List.of(event(0, "sir-a", "open", "fulfilled")));
        // The other watcher polls 40 s later and sees the same change.
        var seenAgain = new WatchEvent(T0.plusSeconds(40), "123456789012", "eu-west-1", EventKind.REQUEST_STATUS,
                "sir-a", "open", "fulfilled", "Request sir-a: open → fulfilled", Severity.NOTIFY);
        var second = store.append(List.of(seenAgain, event(1, "sir-b", "open", "fulfilled")));

        assertThat(second.get(0).key()).isEqualTo(first.get(0).key());
        assertThat(second.get(1).key()).isNotEqualTo(first.get(0).key());
        assertThat(store.since(Instant.MIN, 10)).extracting(s -> s.event().id()).containsExactly("sir-a", "sir-b");
        // The same change long after (back and forth meanwhile) is another event.
        var later = store.append(List.of(event(30, "sir-a", "open", "fulfilled")));
        assertThat(later.get(0).key()).isNotEqualTo(first.get(0).key());
    }
}
