package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.archive.ArchiveException.Reason;
import org.spotspec.testing.RealPostgres;

/** The contract on a real PostgreSQL server, each test in a schema of its own. */
@ExtendWith(RealPostgres.class)
class PostgresPriceArchiveTest extends PriceArchiveContract {
    private RealPostgres.Server server;
    private String url;

    @BeforeEach
    void schema(RealPostgres.Server server) {
        this.server = server;
        this.url = server.freshSchemaUrl();
    }

    @Override
    PriceArchive openArchive() {
        return server.openArchive(url);
    }

    @Override
    Connection rawConnection() throws SQLException {
        return server.connect(url);
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Test
    void anUnreachableServerGivesAClearMessageWithoutThePassword() {
        var dead = "jdbc:postgresql://127.0.0.1:1/spotspec?password=hunter2";

        assertThatThrownBy(() -> PriceArchives.openPostgres(dead, "ana", "s3cret".toCharArray(), Duration.ofSeconds(1)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("Cannot reach the price archive")
                .hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("hunter2").hasMessageNotContaining("s3cret")
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.CONNECTION);
    }

    @Test
    void theLocationNamesTheServerButNeverThePassword() {
        try (var archive = open()) {
            assertThat(archive.location()).startsWith("jdbc:postgresql://");
        }
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://h/db?user=a&password=x&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
        var split = JdbcUrls.splitPassword("jdbc:postgresql://h/db?user=a&Password=p%40ss&ssl=true");
        assertThat(split.url()).isEqualTo("jdbc:postgresql://h/db?user=a&ssl=true");
        assertThat(split.password()).contains("p@ss");
        assertThat(JdbcUrls.splitPassword("jdbc:postgresql://h/db?password=x").url()).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void aDroppedConnectionGivesAClearMessage() throws SQLException {
        var archive = open();
        archive.write(ArchiveFixtures.batch(0, 1, 0.5));
        try (var admin = rawConnection(); var st = admin.createStatement()) {
            // The server ends every other session of ours, as a restart or a network cut would.
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'SpotSpec' AND pid <> pg_backend_pid()");
        }

        assertThatThrownBy(archive::status).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("Cannot reach the price archive")
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.CONNECTION);
    }

    @Test
    void aWriterWaitingTooLongForALockGivesAClearMessage() throws SQLException {
        open(); // the schema
        var password = server.password() == null ? null : server.password().toCharArray();
        try (var archive = PriceArchives.openPostgres(url, server.user(), password, Duration.ofMillis(300));
             var other = rawConnection(); var st = other.createStatement()) {
            other.setAutoCommit(false);
            st.execute("LOCK TABLE points IN EXCLUSIVE MODE"); // a long maintenance job, say

            assertThatThrownBy(() -> archive.write(ArchiveFixtures.batch(0, 1, 0.5)))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("locked by another program")
                    .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.LOCKED);
            other.rollback();
        }
    }

    @Test
    void aReadOnlyConnectionReadsAndRefusesWritesClearly() {
        open().write(ArchiveFixtures.batch(0, 1, 0.5));
        var readOnly = url + "&options=-c%20default_transaction_read_only=on";
        var password = server.password() == null ? null : server.password().toCharArray();

        try (var archive = PriceArchives.openPostgres(readOnly, server.user(), password, Duration.ofSeconds(5))) {
            assertThat(archive.status()).hasSize(2);
            assertThatThrownBy(() -> archive.write(ArchiveFixtures.batch(1, 2, 1.5)))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("read-only")
                    .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.READ_ONLY);
        }
    }

    @Test
    void twoFirstStartsAtOnceMigrateTheSchemaOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(this::open);
            var b = pool.submit(this::open);
            a.get(60, java.util.concurrent.TimeUnit.SECONDS).write(ArchiveFixtures.batch(0, 1, 0.5));
            b.get(60, java.util.concurrent.TimeUnit.SECONDS).write(ArchiveFixtures.batch(0, 1, 0.5));
        } finally {
            pool.shutdownNow();
        }
        try (var c = rawConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrator.latest());
        }
    }
}
