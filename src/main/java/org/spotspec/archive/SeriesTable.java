package org.spotspec.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spotspec.prices.SeriesKey;

/**
 * The series table: one small integer id per (region, zone, type, product), so that a point
 * stores a small integer of key instead of four strings. Ids are looked up in each write's
 * transaction, not cached: another process may have removed the series meanwhile (two
 * statements per series and fetch cost nothing beside its points).
 */
final class SeriesTable {
    /** The id of {@code key}, created if new; concurrent creators agree through the unique key. */
    int idOf(Connection c, SeriesKey key) throws SQLException {
        try (var insert = c.prepareStatement("INSERT INTO series (region, zone, instance_type, product)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (region, zone, instance_type, product) DO NOTHING")) {
            bind(insert, key);
            insert.executeUpdate();
        }
        return find(c, key);
    }

    /** The id of {@code key}, or -1 when it is not stored. */
    int find(Connection c, SeriesKey key) throws SQLException {
        try (var select = c.prepareStatement(
                "SELECT id FROM series WHERE region = ? AND zone = ? AND instance_type = ? AND product = ?")) {
            bind(select, key);
            try (var rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    /** Every stored series with its id, sorted by key. */
    List<Map.Entry<SeriesKey, Integer>> all(Connection c) throws SQLException {
        var result = new ArrayList<Map.Entry<SeriesKey, Integer>>();
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT id, region, zone, instance_type, product FROM series")) {
            while (rs.next()) {
                var key = new SeriesKey(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                result.add(Map.entry(key, rs.getInt(1)));
            }
        }
        result.sort(Map.Entry.comparingByKey());
        return result;
    }

    void touch(Connection c, Iterable<Integer> seriesIds, long nowSeconds) throws SQLException {
        try (var st = c.prepareStatement("UPDATE series SET last_write = ? WHERE id = ?")) {
            for (int id : seriesIds) {
                st.setLong(1, nowSeconds);
                st.setInt(2, id);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    void delete(Connection c, SeriesKey key) throws SQLException {
        int id = find(c, key);
        if (id >= 0) {
            try (var points = c.prepareStatement("DELETE FROM points WHERE series_id = ?");
                 var series = c.prepareStatement("DELETE FROM series WHERE id = ?")) {
                points.setInt(1, id);
                points.executeUpdate();
                series.setInt(1, id);
                series.executeUpdate();
            }
        }
    }

    private static void bind(java.sql.PreparedStatement st, SeriesKey key) throws SQLException {
        st.setString(1, key.region());
        st.setString(2, key.availabilityZone());
        st.setString(3, key.instanceType());
        st.setString(4, key.product());
    }
}
