package org.spotspec.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;

/** The points table: (series id, epoch second, micro-dollars), deduplicated by its primary key. */
final class PointsTable {
    /** Rows per executeBatch: large enough to amortise the round trip, small enough to stay light. */
    private static final int BATCH_ROWS = 8192;
    private static final String INSERT = "INSERT INTO points (series_id, time, micros) VALUES (?, ?, ?)"
            + " ON CONFLICT (series_id, time) DO NOTHING";

    /**
     * Inserts the series' points in (series id, time) order — both engines then append to their
     * index's pages instead of splitting them, and concurrent PostgreSQL writers take row locks in
     * one order, so overlapping batches cannot deadlock. The price carried to a window's start
     * is stored at the time it was really set.
     */
    static void insert(Connection c, int seriesId, PriceSeries series) throws SQLException {
        try (var st = c.prepareStatement(INSERT)) {
            int pending = 0;
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < series.size(); i++) {
                long second = Math.floorDiv(series.setAt(i), 1000L);
                if (second == previous) {
                    continue; // two points within one second: the archive keeps seconds, so the first
                }
                previous = second;
                st.setInt(1, seriesId);
                st.setLong(2, second);
                st.setInt(3, series.micros(i));
                st.addBatch();
                if (++pending == BATCH_ROWS) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                st.executeBatch();
            }
        }
    }

    /**
     * Adds to {@code builder} the points of one series in [fromSecond, toSecond] and the latest
     * one before, which the builder moves to the window's start.
     */
    static void read(Connection c, int seriesId, SeriesKey key, long fromSecond, long toSecond,
                     PriceHistory.Builder builder) throws SQLException {
        try (var before = c.prepareStatement(
                "SELECT time, micros FROM points WHERE series_id = ? AND time < ? ORDER BY time DESC LIMIT 1")) {
            bind(before, seriesId, fromSecond, Long.MIN_VALUE);
            addAll(before, key, builder);
        }
        try (var window = c.prepareStatement(
                "SELECT time, micros FROM points WHERE series_id = ? AND time >= ? AND time <= ? ORDER BY time")) {
            window.setFetchSize(10_000); // PostgreSQL streams in pages (with autocommit off) instead of all at once
            bind(window, seriesId, fromSecond, toSecond);
            addAll(window, key, builder);
        }
    }

    private static void bind(PreparedStatement st, int seriesId, long a, long b) throws SQLException {
        st.setInt(1, seriesId);
        st.setLong(2, a);
        if (b != Long.MIN_VALUE) {
            st.setLong(3, b);
        }
    }

    /** Reads (time, micros) rows into columns, handed to the builder in one call. */
    private static void addAll(PreparedStatement st, SeriesKey key, PriceHistory.Builder builder) throws SQLException {
        long[] times = new long[1024];
        int[] micros = new int[1024];
        int n = 0;
        try (var rs = st.executeQuery()) {
            while (rs.next()) {
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                    micros = Arrays.copyOf(micros, n * 2);
                }
                times[n] = rs.getLong(1) * 1000L;
                micros[n++] = rs.getInt(2);
            }
        }
        builder.addAll(key, times, micros, n);
    }
}
