package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.archive.ArchiveFixtures.A;
import static org.spotspec.archive.ArchiveFixtures.day;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotspec.watch.EventStore;
import org.spotspec.watch.EventStoreContract;
import org.spotspec.watch.StoredEvent;

/**
 * The event store contract on the archive's database, plus what only a database has: an archive
 * of the previous schema gains the event tables and keeps its prices. Subclasses open the engine.
 */
abstract class JdbcEventStoreContract extends EventStoreContract {
    private final List<PriceArchive> opened = Collections.synchronizedList(new ArrayList<>());

    /** Opens the archive under test (a new connection each call, to the same storage). */
    abstract PriceArchive openArchive();

    /** A plain connection to the same storage. */
    abstract Connection rawConnection() throws SQLException;

    abstract Dialect dialect();

    /** SQL that makes inserts of events with item_id {@code id} fail. */
    abstract List<String> failingInsertTrigger(String id);

    PriceArchive open() {
        var archive = openArchive();
        opened.add(archive);
        return archive;
    }

    @AfterEach
    void closeArchives() {
        opened.forEach(PriceArchive::close);
    }

    @Override
    protected EventStore freshStore() {
        return open().events();
    }

    @Override
    protected EventStore reopened(EventStore store) {
        closeArchives(); // as a restart: the old connection is gone
        opened.clear();
        return open().events();
    }

    @Override
    protected void failInsertsOfEventsWithId(String id) {
        try (var c = rawConnection(); var st = c.createStatement()) {
            for (var sql : failingInsertTrigger(id)) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anArchiveOfTheSecondVersionGainsTheEventTablesAndKeepsItsPrices() throws SQLException {
        try (var c = rawConnection()) {
            new Migrator(dialect(), "older build").migrate(c, 2); // what issue 14's release wrote
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO series (region, zone, instance_type, product, last_write)"
                        + " VALUES ('eu-west-1', 'eu-west-1a', 'm5.large', 'Linux/UNIX', 77)");
                st.execute("INSERT INTO points (series_id, time, micros) SELECT id, " + day(1).getEpochSecond()
                        + ", 1234 FROM series");
            }
        }

        var archive = open();

        var read = archive.read(PriceArchiveContract.query(day(0), day(10)));
        assertThat(read.find(A).orElseThrow().micros(0)).isEqualTo(1234);
        assertThat(archive.status()).singleElement().satisfies(s -> {
            assertThat(s.rows()).isEqualTo(1);
            assertThat(s.lastWrite()).contains(Instant.ofEpochSecond(77));
        });
        var stored = archive.events().append(List.of(event(0, "sir-1", "", "open")));
        assertThat(archive.events().since(Instant.MIN, 5)).extracting(StoredEvent::key)
                .containsExactly(stored.get(0).key());
        try (var c = rawConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrator.latest());
        }
    }

    @Test
    void eventsAndPricesShareOneArchiveWithoutDisturbingEachOther() {
        var archive = open();
        archive.write(ArchiveFixtures.batch(0, 1, 0.5));
        archive.events().recordAlerts(Map.of("k", "above"), List.of(event(0, "x", "", "")));

        assertThat(archive.status()).hasSize(2);
        assertThat(archive.events().unacknowledged()).isEqualTo(1);
        archive.remove(List.of(A));
        assertThat(archive.events().alertStates()).containsEntry("k", "above");
    }
}
