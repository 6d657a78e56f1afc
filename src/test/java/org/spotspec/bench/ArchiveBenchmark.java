package org.spotspec.bench;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.ArchiveBatch;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.PriceArchives;
import org.spotspec.archive.SpanKey;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.testing.RealPostgres;

/**
 * The price archive's figures, each against a baseline measured in the same run: ingest into
 * the embedded file and into PostgreSQL on loopback (the histories are built beforehand: parsing
 * is excluded), bytes per record at rest, and reading 10 series × 1 year into PriceHistory's
 * columns. Baselines: the naive store the design warns against (one autocommitted INSERT per
 * record, one row of strings per record) and, for reading, a raw JDBC scan into arrays.
 *
 * <p>PostgreSQL: {@code SPOTSPEC_TEST_PG_URL} if set, else a private server from the installed
 * binaries, as the tests do ({@code RealPostgres}).
 */
public final class ArchiveBenchmark {
    private static final double TARGET_INGEST = 200_000;
    private static final double TARGET_BYTES = 24;
    private static final double TARGET_READ_MS = 300;
    private static final int NAIVE_RECORDS = 20_000;

    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.spotspec")).setLevel(Level.ERROR);
        var data = new ArchiveData(42);
        var batches = batches(data);
        var dir = Files.createTempDirectory("spotspec-archive-bench");
        var file = dir.resolve(PriceArchives.FILE_NAME);
        var rows = new ArrayList<String[]>();
        rows.add(Table.HEADER);

        double ingest;
        try (var archive = PriceArchives.openEmbedded(file)) {
            ingest = ingest(archive, batches, data.records());
        }
        double naive = NaiveStore.ingestPerSecond("jdbc:sqlite:" + dir.resolve("naive.db"), null, data, NAIVE_RECORDS);
        rows.add(atLeast("embedded ingest, records/s", ingest, naive, TARGET_INGEST, "1 autocommitted INSERT/record"));

        double bytes = (double) Files.size(file) / data.records(); // closed: the WAL is checkpointed and gone
        double naiveBytes = (double) Files.size(dir.resolve("naive.db")) / NAIVE_RECORDS;
        rows.add(new String[] {"embedded bytes/record at rest", f1(bytes), f1(naiveBytes), f1(naiveBytes / bytes) + "x",
            "<= 24", met(bytes <= TARGET_BYTES), "a row of strings per record"});

        double readMs;
        double rawMs;
        try (var archive = PriceArchives.openEmbedded(file)) {
            readMs = readBest(archive, data);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            rawMs = rawReadBest(c, data);
        }
        rows.add(new String[] {"read 10 series x 1 year, ms", f0(readMs), f0(rawMs), f1(rawMs / readMs) + "x",
            "<= 300 ms", met(readMs <= TARGET_READ_MS), "raw JDBC scan into arrays (floor)"});

        postgres(rows, batches, data);
        Table.printAligned(String.format(Locale.ROOT, "SpotSpec price archive: %,d records, %d series x 1 year,"
                + " written as %d daily fetches; %d CPUs", data.records(), ArchiveData.SERIES, batches.size(),
                Runtime.getRuntime().availableProcessors()), rows);
        System.out.println("  embedded: SQLite WAL, synchronous=NORMAL, one transaction per fetch; baselines on the"
                + " first " + NAIVE_RECORDS + " records. Read: best of 5 after a warm-up, into PriceHistory via its Builder.");
        ArchiveEngineBenchmark.deleteRecursively(dir);
    }

    private static void postgres(List<String[]> rows, List<ArchiveBatch> batches, ArchiveData data) throws Exception {
        var server = RealPostgres.startForMain();
        var url = server.freshSchemaUrl();
        var password = server.password() == null ? null : server.password().toCharArray();
        double ingest;
        try (var archive = PriceArchives.openPostgres(url, server.user(), password, Duration.ofSeconds(30))) {
            ingest = ingest(archive, batches, data.records());
        }
        double naive = NaiveStore.ingestPerSecond(server.freshSchemaUrl(), server.properties(), data, NAIVE_RECORDS);
        rows.add(new String[] {"PostgreSQL ingest (loopback), rec/s", f0(ingest), f0(naive), f1(ingest / naive) + "x",
            "report", "", "1 autocommitted INSERT/record"});
    }

    /** Records per second writing every batch, one transaction each. */
    private static double ingest(PriceArchive archive, List<ArchiveBatch> batches, long records) {
        long t0 = System.nanoTime();
        batches.forEach(archive::write);
        return records / ((System.nanoTime() - t0) / 1e9);
    }

    private static List<ArchiveBatch> batches(ArchiveData data) {
        var keys = Arrays.stream(data.keys).map(SpanKey::of).distinct().toList();
        return data.dailyBatches().stream().map((PriceHistory h) -> ArchiveBatch.of(h, keys)).toList();
    }

    private static double readBest(PriceArchive archive, ArchiveData data) {
        var query = new PriceQuery(List.of(), List.of(), List.of(), List.of(), ArchiveData.START, ArchiveData.END);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            var history = archive.read(query);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (history.pointCount() != data.records()) {
                throw new IllegalStateException("read " + history.pointCount() + " points");
            }
            best = run == 0 ? best : Math.min(best, ms);
        }
        return best;
    }

    private static double rawReadBest(Connection c, ArchiveData data) throws SQLException {
        return ArchiveEngineBenchmark.readBest(c, data);
    }

    private static String[] atLeast(String figure, double ours, double baseline, double target, String baselineIs) {
        return new String[] {figure, f0(ours), f0(baseline), f1(ours / baseline) + "x",
            String.format(Locale.ROOT, ">= %,.0f", target), met(ours >= target), baselineIs};
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String met(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}
