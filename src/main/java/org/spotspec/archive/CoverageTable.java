package org.spotspec.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The coverage table: per (region, type, product) the merged spans fetches covered. */
final class CoverageTable {
    private static final String WHERE_KEY = " WHERE region = ? AND instance_type = ? AND product = ?";

    private final Dialect dialect;

    CoverageTable(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The spans of {@code key}, sorted, as {@code {from, to}} epoch seconds. */
    List<long[]> spans(Connection c, SpanKey key) throws SQLException {
        var result = new ArrayList<long[]>();
        try (var st = c.prepareStatement("SELECT span_from, span_to FROM coverage" + WHERE_KEY + " ORDER BY span_from")) {
            bind(st, key);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        return result;
    }

    /**
     * Adds [from, to] to the coverage of {@code key}, merged with every span it overlaps or
     * touches. The key is locked first so that concurrent writers merge one after the other.
     */
    void add(Connection c, SpanKey key, long from, long to) throws SQLException {
        dialect.lockKey(c, key.hashCode() & 0xffff_ffffL | 0x1_0000_0000L);
        long mergedFrom = from;
        long mergedTo = to;
        try (var st = c.prepareStatement("SELECT span_from, span_to FROM coverage" + WHERE_KEY
                + " AND span_to >= ? AND span_from <= ?")) {
            bind(st, key);
            st.setLong(4, from);
            st.setLong(5, to);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    mergedFrom = Math.min(mergedFrom, rs.getLong(1));
                    mergedTo = Math.max(mergedTo, rs.getLong(2));
                }
            }
        }
        try (var st = c.prepareStatement("DELETE FROM coverage" + WHERE_KEY + " AND span_to >= ? AND span_from <= ?")) {
            bind(st, key);
            st.setLong(4, from);
            st.setLong(5, to);
            st.executeUpdate();
        }
        try (var st = c.prepareStatement("INSERT INTO coverage (region, instance_type, product, span_from, span_to)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            bind(st, key);
            st.setLong(4, mergedFrom);
            st.setLong(5, mergedTo);
            st.executeUpdate();
        }
    }

    void delete(Connection c, SpanKey key) throws SQLException {
        try (var st = c.prepareStatement("DELETE FROM coverage" + WHERE_KEY)) {
            bind(st, key);
            st.executeUpdate();
        }
    }

    private static void bind(PreparedStatement st, SpanKey key) throws SQLException {
        st.setString(1, key.region());
        st.setString(2, key.instanceType());
        st.setString(3, key.product());
    }
}
