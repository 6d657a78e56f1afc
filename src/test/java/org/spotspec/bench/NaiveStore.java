package org.spotspec.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import org.spotspec.prices.PriceSeries;

/**
 * The archive benchmark's baseline: what a first attempt stores, one autocommitted INSERT per
 * record of strings (region, zone, type, product, ISO timestamp, decimal price) with a unique key.
 */
final class NaiveStore {
    private NaiveStore() {
    }

    /** Inserts the first {@code records} records (series by series, in time order) and returns records/s. */
    static double ingestPerSecond(String url, Properties props, ArchiveData data, int records) throws SQLException {
        try (var c = props == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, props)) {
            try (var st = c.createStatement()) {
                if (url.startsWith("jdbc:sqlite:")) { // the archive's own settings: only the batching differs
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA synchronous = NORMAL");
                }
                st.execute("CREATE TABLE prices (region TEXT, zone TEXT, instance_type TEXT, product TEXT,"
                        + " time TEXT, price TEXT, UNIQUE (region, zone, instance_type, product, time))");
            }
            long t0 = System.nanoTime();
            try (var st = c.prepareStatement("INSERT INTO prices VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < records; n++) {
                    int k = n % ArchiveData.SERIES;
                    int i = n / ArchiveData.SERIES;
                    var key = data.keys[k];
                    st.setString(1, key.region());
                    st.setString(2, key.availabilityZone());
                    st.setString(3, key.instanceType());
                    st.setString(4, key.product());
                    st.setString(5, Instant.ofEpochSecond(data.seconds[k][i]).toString());
                    st.setString(6, String.format("%.6f", PriceSeries.toDollars(data.micros[k][i])));
                    st.executeUpdate();
                }
            }
            return records / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
