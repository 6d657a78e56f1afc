package org.spotspec.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.spotspec.watch.EventKind;
import org.spotspec.watch.Severity;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEvent;

/** The events table: the watcher's history, one row per event, keyed in the order stored. */
final class EventsTable {
    private static final String COLUMNS = "event_key, time_ns, account, region, kind, item_id, from_state, to_state,"
            + " message, severity, acknowledged";
    private static final String INSERT = "INSERT INTO events (time_ns, account, region, kind, item_id, from_state,"
            + " to_state, message, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String SAME = "SELECT " + COLUMNS + " FROM events WHERE time_ns BETWEEN ? AND ?"
            + " AND account = ? AND region = ? AND kind = ? AND item_id = ? AND from_state = ? AND to_state = ?"
            + " ORDER BY event_key LIMIT 1";

    /**
     * Inserts the events one by one, in the order given, so their keys (AUTOINCREMENT, identity)
     * rise in that order; the watcher stores a handful per poll, so batching would buy nothing. An
     * event another watcher stored already ({@link org.spotspec.watch.EventStore#SAME_EVENT_WINDOW})
     * is not stored again: the stored one is returned in its place.
     */
    List<StoredEvent> insert(Connection c, List<WatchEvent> events) throws SQLException {
        var stored = new ArrayList<StoredEvent>(events.size());
        try (var st = c.prepareStatement(INSERT, new String[] {"event_key"}); var same = c.prepareStatement(SAME)) {
            for (var e : events) {
                var earlier = same(same, e);
                if (earlier != null) {
                    stored.add(earlier);
                    continue;
                }
                bind(st, e);
                st.executeUpdate();
                try (var keys = st.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned no key for a stored event");
                    }
                    stored.add(new StoredEvent(keys.getLong(1), e, false));
                }
            }
        }
        return stored;
    }

    private static StoredEvent same(PreparedStatement st, WatchEvent e) throws SQLException {
        var window = org.spotspec.watch.EventStore.SAME_EVENT_WINDOW;
        st.setLong(1, EventTimes.toNanos(e.time().minus(window)));
        st.setLong(2, EventTimes.toNanos(e.time().plus(window)));
        st.setString(3, e.account());
        st.setString(4, e.region());
        st.setString(5, e.kind().id());
        st.setString(6, e.id());
        st.setString(7, e.from());
        st.setString(8, e.to());
        try (var rs = st.executeQuery()) {
            return rs.next() ? read(rs) : null;
        }
    }

    /** Events at or after {@code since}, oldest first; the newest {@code limit} when there are more. */
    List<StoredEvent> since(Connection c, Instant since, int limit) throws SQLException {
        var result = new ArrayList<StoredEvent>();
        if (limit <= 0) {
            return result;
        }
        try (var st = c.prepareStatement("SELECT " + COLUMNS + " FROM events WHERE time_ns >= ?"
                + " ORDER BY time_ns DESC, event_key DESC LIMIT ?")) {
            st.setLong(1, EventTimes.toNanos(since));
            st.setInt(2, limit);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        Collections.reverse(result); // read newest first so LIMIT keeps the newest; shown oldest first
        return result;
    }

    void acknowledge(Connection c, Collection<Long> keys) throws SQLException {
        try (var st = c.prepareStatement("UPDATE events SET acknowledged = 1 WHERE event_key = ? AND acknowledged = 0")) {
            for (long key : keys) {
                st.setLong(1, key);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    int unacknowledged(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM events WHERE acknowledged = 0")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void bind(PreparedStatement st, WatchEvent e) throws SQLException {
        st.setLong(1, EventTimes.toNanos(e.time()));
        st.setString(2, e.account());
        st.setString(3, e.region());
        st.setString(4, e.kind().id());
        st.setString(5, e.id());
        st.setString(6, e.from());
        st.setString(7, e.to());
        st.setString(8, e.message());
        st.setString(9, e.severity().name());
    }

    private static StoredEvent read(ResultSet rs) throws SQLException {
        var kind = EventKind.of(rs.getString(5)).orElse(EventKind.WATCH); // a kind of a newer SpotSpec
        var event = new WatchEvent(EventTimes.fromNanos(rs.getLong(2)), rs.getString(3), rs.getString(4), kind,
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), severity(rs.getString(10)));
        return new StoredEvent(rs.getLong(1), event, rs.getInt(11) != 0);
    }

    private static Severity severity(String name) {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Severity.INFO; // written by a newer SpotSpec: keep it in the history, quietly
        }
    }
}
