package org.spotspec.archive;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;

/**
 * The archive over one JDBC connection, for both engines: the SQL is shared, {@link Dialect}
 * holds the differences. Calls (the event store's too) are serialised on the
 * {@link ArchiveConnection}; other processes (or instances) are kept apart by the database's own
 * locks.
 */
final class JdbcPriceArchive implements PriceArchive {
    private final ArchiveConnection db;
    private final LongSupplier size;
    private final Clock clock;
    private final SeriesTable series = new SeriesTable();
    private final CoverageTable coverage;
    private final JdbcEventStore events;
    private final JdbcScoreStore scores;

    JdbcPriceArchive(Connection connection, Dialect dialect, String location, ArchiveErrors errors,
                     LongSupplier size, Clock clock) {
        this.db = new ArchiveConnection(connection, dialect, location, errors);
        this.size = size;
        this.clock = clock;
        this.coverage = new CoverageTable(dialect);
        this.events = new JdbcEventStore(db, clock);
        this.scores = new JdbcScoreStore(db);
    }

    @Override
    public void write(ArchiveBatch batch) {
        inTransaction(true, c -> {
            var byId = new TreeMap<Integer, PriceSeries>();
            for (var s : batch.points().series()) { // sorted by key: new series are created in one order
                byId.put(series.idOf(c, s.key()), s);
            }
            for (var e : byId.entrySet()) {
                PointsTable.insert(c, e.getKey(), e.getValue());
            }
            series.touch(c, byId.keySet(), clock.instant().getEpochSecond());
            long from = batch.from().getEpochSecond();
            long to = batch.to().getEpochSecond();
            for (var key : batch.covered().stream().distinct().sorted().toList()) {
                coverage.add(c, key, from, to);
            }
            return null;
        });
    }

    @Override
    public List<Span> missing(SpanKey key, Instant from, Instant to) {
        return spans(key, spans -> SpanMath.missing(spans, from.getEpochSecond(), to.getEpochSecond()));
    }

    @Override
    public List<Span> coverage(SpanKey key) {
        return spans(key, spans -> spans);
    }

    @Override
    public List<Span> gaps(SpanKey key, Instant from, Instant to) {
        return spans(key, spans -> SpanMath.gaps(spans, from.getEpochSecond(), to.getEpochSecond()));
    }

    private List<Span> spans(SpanKey key, java.util.function.UnaryOperator<List<long[]>> pick) {
        var spans = inTransaction(false, c -> coverage.spans(c, key));
        return pick.apply(spans).stream().map(s -> Span.ofSeconds(s[0], s[1])).toList();
    }

    @Override
    public PriceHistory read(PriceQuery query) {
        var builder = new PriceHistory.Builder(query.start(), query.end());
        // Whole seconds inside the window: a point at 12:00:00 is in [11:59:59.5, 12:00:00.5].
        long fromSecond = Math.floorDiv(query.start().toEpochMilli() + 999, 1000L);
        long toSecond = Math.floorDiv(query.end().toEpochMilli(), 1000L);
        inTransaction(false, c -> {
            for (var e : series.all(c)) {
                if (matches(query, e.getKey())) {
                    PointsTable.read(c, e.getValue(), e.getKey(), fromSecond, toSecond, builder);
                }
            }
            return null;
        });
        return builder.build();
    }

    private static boolean matches(PriceQuery q, SeriesKey key) {
        return within(q.regions(), key.region()) && within(q.instanceTypes(), key.instanceType())
                && within(q.products(), key.product()) && within(q.availabilityZones(), key.availabilityZone());
    }

    private static boolean within(List<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }

    @Override
    public List<SeriesStatus> status() {
        return inTransaction(false, c -> {
            var result = new ArrayList<SeriesStatus>();
            var gapsByKey = new TreeMap<SpanKey, Integer>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT s.region, s.zone, s.instance_type,"
                    + " s.product, s.last_write, MIN(p.time), MAX(p.time), COUNT(*) FROM series s"
                    + " JOIN points p ON p.series_id = s.id"
                    + " GROUP BY s.id, s.region, s.zone, s.instance_type, s.product, s.last_write")) {
                while (rs.next()) {
                    var key = new SeriesKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    long lastWrite = rs.getLong(5);
                    var written = rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochSecond(lastWrite));
                    result.add(new SeriesStatus(key, Instant.ofEpochSecond(rs.getLong(6)),
                            Instant.ofEpochSecond(rs.getLong(7)), rs.getLong(8), 0, written));
                }
            }
            for (var s : result) {
                gapsByKey.computeIfAbsent(SpanKey.of(s.key()), k -> 0);
            }
            for (var k : gapsByKey.keySet()) {
                gapsByKey.put(k, Math.max(0, coverage.spans(c, k).size() - 1));
            }
            return result.stream().map(s -> new SeriesStatus(s.key(), s.first(), s.last(), s.rows(),
                    gapsByKey.get(SpanKey.of(s.key())), s.lastWrite()))
                    .sorted(Comparator.comparing(SeriesStatus::key)).toList();
        });
    }

    @Override
    public void remove(Collection<SeriesKey> keys) {
        inTransaction(true, c -> {
            for (var key : keys.stream().distinct().sorted().toList()) {
                series.delete(c, key);
                coverage.delete(c, SpanKey.of(key));
            }
            return null;
        });
    }

    @Override
    public void compact() {
        boolean sqlite = db.dialect() == Dialect.SQLITE;
        db.outsideTransaction(c -> {
            // Outside a transaction on both engines; SQLite rewrites the file, then empties its WAL.
            Dialect.exec(c, sqlite ? "VACUUM" : "VACUUM ANALYZE points");
            if (sqlite) {
                Dialect.exec(c, "PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    @Override
    public long sizeOnDisk() {
        return db.outsideTransaction(c -> size.getAsLong()); // PostgreSQL's size is a query on the connection
    }

    @Override
    public org.spotspec.watch.EventStore events() {
        return events;
    }

    @Override
    public org.spotspec.scores.ScoreStore scores() {
        return scores;
    }

    @Override
    public String location() {
        return db.location();
    }

    /** The connection, for tests of this package that set engine limits (e.g. SQLite's max_page_count). */
    Connection connection() {
        return db.connection();
    }

    @Override
    public void close() {
        db.close();
    }

    private <T> T inTransaction(boolean write, ArchiveConnection.Work<T> work) {
        return db.inTransaction(write, work);
    }
}
