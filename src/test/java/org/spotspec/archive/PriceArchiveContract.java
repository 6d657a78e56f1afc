package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spotspec.archive.ArchiveFixtures.A;
import static org.spotspec.archive.ArchiveFixtures.B;
import static org.spotspec.archive.ArchiveFixtures.KEY;
import static org.spotspec.archive.ArchiveFixtures.T0;
import static org.spotspec.archive.ArchiveFixtures.batch;
import static org.spotspec.archive.ArchiveFixtures.day;
import static org.spotspec.archive.ArchiveFixtures.minutes;
import static org.spotspec.archive.ArchiveFixtures.span;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.archive.ArchiveException.Reason;
import org.spotspec.prices.PriceQuery;

/**
 * What every archive engine must do, run against each of them on a real database (SQLite on a
 * temporary file, a real PostgreSQL server): subclasses say how to open one.
 */
abstract class PriceArchiveContract {
    private final List<PriceArchive> opened = Collections.synchronizedList(new ArrayList<>());

    /** Opens the archive under test (a new connection each call, to the same storage). */
    abstract PriceArchive openArchive();

    /** A plain connection to the same storage, for setting up older or newer schemas. */
    abstract Connection rawConnection() throws SQLException;

    abstract Dialect dialect();

    PriceArchive open() {
        var archive = openArchive();
        opened.add(archive);
        return archive;
    }

    @AfterEach
    void closeArchives() {
        opened.forEach(PriceArchive::close);
    }

    @Test
    void pointsAtTheEdgeOfTwoFetchesAreStoredOnce() {
        var archive = open();
        archive.write(batch(0, 10, 1, 5, 10));
        archive.write(batch(10, 20, 10, 15, 20)); // day 10 again, at the shared edge
        archive.write(batch(0, 20, 1, 5, 10, 15, 20)); // and everything once more

        assertThat(archive.status()).extracting(SeriesStatus::rows).containsExactly(5L, 5L);
        assertThat(archive.coverage(KEY)).containsExactly(span(0, 20));
    }

    @Test
    void coverageMergesOnWriteAndMissingNamesOnlyTheHoles() {
        var archive = open();
        archive.write(batch(0, 10, 1));
        archive.write(batch(20, 30, 21));

        assertThat(archive.missing(KEY, day(0), day(40))).containsExactly(span(10, 20), span(30, 40));
        assertThat(archive.missing(KEY, day(2), day(8))).isEmpty();
        assertThat(archive.missing(new SpanKey("us-east-1", "m5.large", "Linux/UNIX"), day(0), day(1)))
                .containsExactly(span(0, 1));

        archive.write(batch(9, 21, 15));
        assertThat(archive.coverage(KEY)).containsExactly(span(0, 30));
        assertThat(archive.missing(KEY, day(0), day(30))).isEmpty();
    }

    @Test
    void aHundredDayHoleStaysAHole() {
        var archive = open();
        archive.write(batch(0, 10, 1, 9));
        archive.write(batch(110, 120, 111));

        assertThat(archive.gaps(KEY, day(0), day(120))).containsExactly(span(10, 110));
        assertThat(archive.gaps(KEY, day(50), day(115))).containsExactly(span(50, 110));
        assertThat(archive.status()).extracting(SeriesStatus::gaps).containsExactly(1, 1);
        assertThat(archive.missing(KEY, day(0), day(120))).containsExactly(span(10, 110));
    }

    @Test
    void thePriceInEffectAtTheStartIsTheLatestPointBeforeIt() {
        var archive = open();
        archive.write(batch(0, 10, 1, 5, 8));

        var history = archive.read(query(day(6), day(10)));
        var a = history.find(A).orElseThrow();
        assertThat(a.time(0)).isEqualTo(day(6).toEpochMilli());
        assertThat(a.setAt(0)).isEqualTo(day(5).toEpochMilli());
        assertThat(a.micros(0)).isEqualTo(1001);
        assertThat(a.time(1)).isEqualTo(day(8).toEpochMilli());
        assertThat(a.size()).isEqualTo(2);
    }

    @Test
    void readFiltersByZoneAndSpansManyFetches() {
        var archive = open();
        archive.write(batch(0, 10, 1, 5));
        archive.write(batch(100, 110, 101));

        var onlyB = new PriceQuery(List.of(), List.of(), List.of(), List.of("eu-west-1b"), day(0), day(200));
        var history = archive.read(onlyB);
        assertThat(history.series()).hasSize(1);
        assertThat(history.find(B).orElseThrow().size()).isEqualTo(3);
        assertThat(archive.read(query(day(0), day(200))).pointCount()).isEqualTo(6);
    }

    @Test
    void statusNamesEverySeriesWithItsSpanRowsAndLastWrite() {
        var archive = open();
        archive.write(batch(0, 10, 1, 5));

        var status = archive.status();
        assertThat(status).extracting(SeriesStatus::key).containsExactly(A, B);
        assertThat(status.get(0).first()).isEqualTo(day(1));
        assertThat(status.get(0).last()).isEqualTo(day(5));
        assertThat(status.get(0).lastWrite()).isPresent();
        assertThat(archive.sizeOnDisk()).isPositive();
    }

    @Test
    void removingASeriesForgetsItsPointsAndTheCoverageOfItsKey() {
        var archive = open();
        archive.write(batch(0, 10, 1, 5));

        archive.remove(List.of(A));
        archive.compact();

        assertThat(archive.status()).extracting(SeriesStatus::key).containsExactly(B);
        assertThat(archive.coverage(KEY)).isEmpty();
        archive.write(batch(0, 10, 1, 5)); // and it can be fetched again
        assertThat(archive.status()).extracting(SeriesStatus::rows).containsExactly(2L, 2L);
    }

    @Test
    void aSeriesRemovedByAnotherInstanceIsCreatedAgainByTheNextWrite() {
        var syncing = open();
        syncing.write(batch(0, 10, 1));
        open().remove(List.of(A, B)); // e.g. the desktop app, while a timer syncs

        syncing.write(batch(10, 20, 11));
        assertThat(syncing.status()).extracting(SeriesStatus::rows).containsExactly(1L, 1L);
        assertThat(syncing.coverage(KEY)).containsExactly(span(10, 20));
    }

    @Test
    void anArchiveOfANewerSpotSpecIsRefusedAndLeftUnchanged() throws SQLException {
        open().write(batch(0, 10, 1));
        closeArchives();
        opened.clear();
        try (var c = rawConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, description, installed_at) VALUES (99, 'V99__future', 0)");
        }

        assertThatThrownBy(this::openArchive).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("newer SpotSpec").hasMessageContaining("schema version 99")
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.NEWER_SCHEMA);
        try (var c = rawConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrator.latest() + 1);
            assertThat(rs.getInt(2)).isEqualTo(99);
        }
    }

    @Test
    void anArchiveOfTheFirstVersionIsMigratedWithItsData() throws SQLException {
        try (var c = rawConnection()) {
            new Migrator(dialect(), "older build").migrate(c, 1); // what the first release wrote
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO series (region, zone, instance_type, product)"
                        + " VALUES ('eu-west-1', 'eu-west-1a', 'm5.large', 'Linux/UNIX')");
                st.execute("INSERT INTO points (series_id, time, micros) SELECT id, " + day(1).getEpochSecond()
                        + ", 1234 FROM series");
            }
        }

        var archive = open();
        archive.write(batch(0, 10, 5));

        assertThat(archive.read(query(day(0), day(10))).find(A).orElseThrow().micros(0)).isEqualTo(1234);
        assertThat(archive.status().get(0).rows()).isEqualTo(2);
        try (var c = rawConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrator.latest());
        }
    }

    @Test
    void concurrentWritersOfOverlappingBatchesNeverDuplicateNorFail() throws Exception {
        var first = open();
        var second = open();
        var pool = Executors.newFixedThreadPool(2);
        try {
            // Each writes the same 2,100 minutes in 20 overlapping batches, in opposite orders.
            var a = pool.submit(writer(first, false));
            var b = pool.submit(writer(second, true));
            a.get(120, TimeUnit.SECONDS);
            b.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.status()).extracting(SeriesStatus::rows).containsExactly(2_100L);
        assertThat(second.coverage(KEY)).hasSize(1);
    }

    private static Callable<Void> writer(PriceArchive archive, boolean backwards) {
        return () -> {
            for (int i = 0; i < 20; i++) {
                int k = backwards ? 19 - i : i;
                archive.write(minutes(T0.plus(Duration.ofMinutes(k * 100L)), 200, 5000));
            }
            return null;
        };
    }

    static PriceQuery query(java.time.Instant from, java.time.Instant to) {
        return new PriceQuery(List.of(), List.of(), List.of(), List.of(), from, to);
    }
}
