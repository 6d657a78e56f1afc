package org.spotspec.watch;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The watcher's memory: the event history and the last snapshot per account and region (and the
 * last verdict per price alert rule and series). Kept in the price archive's database, so it lasts
 * across restarts and the CLI can list it; in memory when there is no archive.
 *
 * <p>Implementations are thread-safe. Every method may throw {@code ArchiveException}.
 */
public interface EventStore {
    /**
     * Two watchers (the app and {@code spotspec watch}, or two desktops on a team's archive) see
     * the same change, each at its own poll: each is told (its snapshots are its own, see
     * {@link WatchEngine}), but the history keeps it once. An event equal to one stored within this
     * window (same account, region, kind, id, from and to) is not stored again; the stored one is
     * returned in its place.
     */
    java.time.Duration SAME_EVENT_WINDOW = java.time.Duration.ofMinutes(15);

    /** Whether {@code b} repeats {@code a}: the same change, seen within {@link #SAME_EVENT_WINDOW}. */
    static boolean same(WatchEvent a, WatchEvent b) {
        return a.account().equals(b.account()) && a.region().equals(b.region()) && a.kind() == b.kind()
                && a.id().equals(b.id()) && a.from().equals(b.from()) && a.to().equals(b.to())
                && java.time.Duration.between(a.time(), b.time()).abs().compareTo(SAME_EVENT_WINDOW) <= 0;
    }

    /**
     * Stores {@code events} and replaces the snapshot of their account and region with {@code now},
     * in one transaction: after a crash either both are stored or neither, so no event is lost or
     * repeated.
     *
     * @return the events as stored, with their keys, in the order given (an event stored already by
     *         another watcher: that one, see {@link #SAME_EVENT_WINDOW})
     */
    List<StoredEvent> record(RegionSnapshot now, List<WatchEvent> events);

    /** Stores events that belong to no snapshot (price alerts, session, watcher); keys in order given. */
    List<StoredEvent> append(List<WatchEvent> events);

    /** The last snapshot stored for {@code account} and {@code region}; empty before the first poll. */
    Optional<RegionSnapshot> snapshot(String account, String region);

    /**
     * Events at or after {@code since}, oldest first, at most {@code limit} (the newest ones when
     * there are more).
     */
    List<StoredEvent> since(Instant since, int limit);

    /** Marks these events acknowledged; unknown keys are ignored. */
    void acknowledge(Collection<Long> keys);

    /** Events not acknowledged yet. */
    int unacknowledged();

    /**
     * The state of each price alert (by rule and series: {@code rule.key() + "|" + series}) as last
     * judged: "above", "below", … An alert fires when its state changes, once, across restarts.
     */
    Map<String, String> alertStates();

    /** Stores alert states (the whole map given replaces the stored keys it names) and their events together. */
    List<StoredEvent> recordAlerts(Map<String, String> states, List<WatchEvent> events);
}
