package org.spotspec.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The alert_states table: each price alert's last verdict by rule and series, and when it changed. */
final class AlertStatesTable {

    Map<String, String> all(Connection c) throws SQLException {
        var states = new TreeMap<String, String>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT alert_key, state FROM alert_states")) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getString(2));
            }
        }
        return states;
    }

    /** Stores the states given, in key order (concurrent PostgreSQL writers then lock rows in one order). */
    void put(Connection c, Map<String, String> states, Instant now) throws SQLException {
        try (var st = c.prepareStatement("INSERT INTO alert_states (alert_key, state, changed_ns) VALUES (?, ?, ?)"
                + " ON CONFLICT (alert_key) DO UPDATE SET state = excluded.state, changed_ns = excluded.changed_ns")) {
            for (var e : new TreeMap<>(states).entrySet()) {
                st.setString(1, e.getKey());
                st.setString(2, e.getValue());
                st.setLong(3, EventTimes.toNanos(now));
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
