package org.spotspec.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Which embedded engine for the price archive: SQLite (sqlite-jdbc), H2 and DuckDB on the same
 * 10^6 records (10 series × 1 year; series id, epoch seconds, micro-dollars; primary key
 * (series_id, time) for deduplication), ingested as a sync brings them (one transaction per day
 * of all series), each through its fastest plain path (batched prepared INSERTs; DuckDB its
 * Appender). Prints per engine: what its jar adds to an installer (the whole jar, and only this
 * platform's native code plus the classes), bytes per record on disk, ingest records/s, and the
 * time to read the 10 series × 1 year back into primitive columns (best of 5 after a warm-up).
 *
 * <p>Run after {@code mvn test-compile} with the test classpath; {@code -Pbench} runs it too.
 */
public final class ArchiveEngineBenchmark {
    private static final String POINTS = "CREATE TABLE points (series_id INTEGER NOT NULL, time INTEGER NOT NULL,"
            + " micros INTEGER NOT NULL, PRIMARY KEY (series_id, time))";

    private ArchiveEngineBenchmark() {
    }

    /** One candidate: how to open it and make its table; the rest is the same JDBC for all. */
    private record Engine(String name, String driverClass, String nativeEntry, String url, String createTable,
                          List<String> setUp) {
    }

    public static void main(String[] args) throws Exception {
        var data = new ArchiveData(42);
        var ranges = data.dailyRanges();
        var dir = Files.createTempDirectory("spotspec-engines");
        var engines = List.of(
                new Engine("SQLite (sqlite-jdbc 3.54.1.0)", "org.sqlite.JDBC", "org/sqlite/native/Linux/x86_64/",
                        "jdbc:sqlite:" + dir.resolve("sqlite/archive.db"), POINTS + " WITHOUT ROWID",
                        List.of("PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -16000")),
                new Engine("H2 (2.5.252)", "org.h2.Driver", null, "jdbc:h2:file:" + dir.resolve("h2/archive"), POINTS,
                        List.of()),
                new Engine("DuckDB (2.0.0.1)", "org.duckdb.DuckDBDriver", "libduckdb_java.so_linux_amd64",
                        "jdbc:duckdb:" + dir.resolve("duckdb/archive.duckdb"), POINTS, List.of()));
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"engine", "jar MB", "this platform MB", "bytes/record", "ingest rec/s", "read 10x1y ms"});
        for (var engine : engines) {
            rows.add(measure(engine, data, ranges, dir));
        }
        System.out.printf("SpotSpec archive engine benchmark: %,d records (%d series x 1 year), one transaction per"
                + " day of all series; %d CPUs%n", data.records(), ArchiveData.SERIES,
                Runtime.getRuntime().availableProcessors());
        print(rows);
        System.out.println("  jar MB: the driver jar as Maven ships it (natives of every platform); this platform MB:"
                + " its classes plus the Linux x86_64 native library, compressed, as a per-OS installer could carry it.");
        System.out.println("  bytes/record: the database files after ingest (SQLite: WAL checkpointed; H2, DuckDB:"
                + " closed), table and primary-key index included, divided by the records.");
        deleteRecursively(dir);
    }

    private static String[] measure(Engine engine, ArchiveData data, int[][] ranges, Path dir) throws Exception {
        Files.createDirectories(Path.of(engine.url().substring(engine.url().lastIndexOf(':') + 1)).getParent());
        double ingest;
        try (var c = DriverManager.getConnection(engine.url())) {
            for (var sql : engine.setUp()) {
                exec(c, sql);
            }
            exec(c, engine.createTable());
            long t0 = System.nanoTime();
            if (engine.driverClass().contains("duckdb")) {
                DuckDbIngest.ingest(c, data, ranges);
            } else {
                ingest(c, data, ranges);
            }
            ingest = data.records() / ((System.nanoTime() - t0) / 1e9);
            if (engine.driverClass().contains("sqlite")) {
                exec(c, "PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        double bytes = (double) folderSize(dir, engine) / data.records();
        double readMs;
        try (var c = DriverManager.getConnection(engine.url())) {
            readMs = readBest(c, data);
        }
        var jar = jarSizes(engine);
        return new String[] {engine.name(), mb(jar[0]), mb(jar[1]), String.format(Locale.ROOT, "%.1f", bytes),
            String.format(Locale.ROOT, "%,.0f", ingest), String.format(Locale.ROOT, "%.0f", readMs)};
    }

    static void ingest(Connection c, ArchiveData data, int[][] ranges) throws SQLException {
        c.setAutoCommit(false);
        try (var st = c.prepareStatement("INSERT INTO points (series_id, time, micros) VALUES (?, ?, ?)")) {
            int[] from = new int[ArchiveData.SERIES];
            for (int[] ends : ranges) {
                for (int k = 0; k < ArchiveData.SERIES; k++) {
                    for (int i = from[k]; i < ends[k]; i++) {
                        st.setInt(1, k + 1);
                        st.setLong(2, data.seconds[k][i]);
                        st.setInt(3, data.micros[k][i]);
                        st.addBatch();
                    }
                    from[k] = ends[k];
                }
                st.executeBatch();
                c.commit();
            }
        }
        c.setAutoCommit(true);
    }

    /** Reads every series over the whole year into (long[] seconds, int[] micros); best of 5 after one warm-up. */
    static double readBest(Connection c, ArchiveData data) throws SQLException {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            long total = 0;
            for (int k = 0; k < ArchiveData.SERIES; k++) {
                total += readSeries(c, k + 1, data);
            }
            if (total != data.records()) {
                throw new IllegalStateException("read " + total + " records, expected " + data.records());
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            best = run == 0 ? best : Math.min(best, ms);
        }
        return best;
    }

    private static int readSeries(Connection c, int id, ArchiveData data) throws SQLException {
        long[] times = new long[1024];
        int[] micros = new int[1024];
        int n = 0;
        try (var st = c.prepareStatement(
                "SELECT time, micros FROM points WHERE series_id = ? AND time >= ? AND time <= ? ORDER BY time")) {
            st.setInt(1, id);
            st.setLong(2, ArchiveData.START.getEpochSecond());
            st.setLong(3, ArchiveData.END.getEpochSecond());
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    if (n == times.length) {
                        times = java.util.Arrays.copyOf(times, n * 2);
                        micros = java.util.Arrays.copyOf(micros, n * 2);
                    }
                    times[n] = rs.getLong(1);
                    micros[n++] = rs.getInt(2);
                }
            }
        }
        return n;
    }

    /** {whole jar, classes + this platform's native library}, compressed bytes. */
    private static long[] jarSizes(Engine engine) throws Exception {
        var jar = Path.of(Class.forName(engine.driverClass()).getProtectionDomain().getCodeSource().getLocation().toURI());
        long platform = 0;
        try (var zip = new ZipFile(jar.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                boolean isNative = e.getName().contains("native/") || e.getName().startsWith("libduckdb");
                if (!isNative || engine.nativeEntry() != null && e.getName().startsWith(engine.nativeEntry())) {
                    platform += e.getCompressedSize();
                }
            }
        }
        return new long[] {Files.size(jar), platform};
    }

    private static long folderSize(Path dir, Engine engine) throws IOException {
        var name = engine.driverClass().contains("sqlite") ? "sqlite" : engine.driverClass().contains("h2") ? "h2" : "duckdb";
        try (Stream<Path> files = Files.walk(dir.resolve(name))) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    private static void print(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        });
        for (var r : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                var pad = " ".repeat(width[i] - r[i].length());
                line.append(i == 0 ? r[i] + pad : pad + r[i]).append("  ");
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
