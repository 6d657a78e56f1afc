package org.spotspec.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.ArchiveException.Reason;

/**
 * Brings an archive's schema to this build's version with the numbered SQL files of its
 * dialect ({@code V<n>__<what>.sql}), each in its own transaction, recorded in schema_version.
 * An archive newer than this build is refused before anything is written to it.
 *
 * <p>Our own few lines rather than Flyway 13 (flyway-core 0.8 MB with SQLite built in, plus
 * flyway-database-postgresql): by default Flyway tolerates applied migrations it does not know
 * ({@code ignoreMigrationPatterns = *:future}), so a newer archive would be opened, not refused,
 * unless configured otherwise. Two dialects and a list of files need none of its machinery.
 */
final class Migrator {
    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** The migrations, in order: version n is the n-th file. Append only; never edit one released. */
    static final List<String> MIGRATIONS = List.of("V1__series_points_coverage.sql", "V2__series_last_write.sql",
            "V3__watch_events.sql", "V4__placement_scores.sql");

    private final Dialect dialect;
    private final String location;

    Migrator(Dialect dialect, String location) {
        this.dialect = dialect;
        this.location = location;
    }

    static int latest() {
        return MIGRATIONS.size();
    }

    /** The archive's schema version; 0 for an empty database. Reads only. */
    int version(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(dialect.hasVersionTableQuery())) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Refuses an archive newer than this build, without writing to it. */
    void refuseNewer(Connection c) throws SQLException {
        int found = version(c);
        if (found > latest()) {
            throw new ArchiveException(Reason.NEWER_SCHEMA, "The price archive " + location + " was made by a newer"
                    + " SpotSpec (schema version " + found + "; this one knows up to " + latest() + "). It was left"
                    + " unchanged: update SpotSpec to use it, or choose another archive.");
        }
    }

    /** Applies the migrations after the archive's version up to {@code target}. */
    void migrate(Connection c, int target) throws SQLException {
        refuseNewer(c);
        if (version(c) >= target) {
            return; // nothing to write: a read-only archive at the current version opens fine
        }
        for (int v = 1; v <= target; v++) {
            dialect.begin(c, true);
            try {
                dialect.lockKey(c, MIGRATION_LOCK);
                // Read again under the lock: another process may have migrated meanwhile.
                int current = versionTableReady(c);
                if (current < v) {
                    apply(c, v);
                }
                dialect.commit(c);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        }
    }

    private static final long MIGRATION_LOCK = 0x5370_6f74_5370_6563L; // "SpotSpec"

    private int versionTableReady(Connection c) throws SQLException {
        Dialect.exec(c, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                + " description TEXT NOT NULL, installed_at BIGINT NOT NULL)");
        return version(c);
    }

    private void apply(Connection c, int version) throws SQLException {
        var file = MIGRATIONS.get(version - 1);
        for (var statement : statements(read(dialect.migrationFolder() + file))) {
            Dialect.exec(c, statement);
        }
        try (var st = c.prepareStatement(
                "INSERT INTO schema_version (version, description, installed_at) VALUES (?, ?, ?)")) {
            st.setInt(1, version);
            st.setString(2, file);
            st.setLong(3, Instant.now().getEpochSecond());
            st.executeUpdate();
        }
        LOG.info("Price archive {}: schema migrated to version {} ({})", location, version, file);
    }

    /** The statements of a migration file: comment lines dropped, split at semicolons ending a line. */
    static List<String> statements(String sql) {
        var withoutComments = sql.lines().filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(String resource) {
        try (InputStream in = Migrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rollbackQuietly(Connection c) {
        try {
            dialect.rollback(c);
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed migration failed too", e);
        }
    }
}
