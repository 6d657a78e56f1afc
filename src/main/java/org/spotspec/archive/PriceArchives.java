package org.spotspec.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.spotspec.archive.ArchiveException.Reason;
import org.spotspec.userdirs.UserDirs;
import org.sqlite.SQLiteConfig;

/** Opens price archives: the embedded file, or a team's PostgreSQL database. */
public final class PriceArchives {
    /** The embedded archive's file name, in the user's data folder ({@code UserDirs.data()}). */
    public static final String FILE_NAME = "archive.db";
    /** How long a write waits for another writer (another SpotSpec syncing) before giving up. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(10);

    private PriceArchives() {
    }

    /** Where the embedded archive lives: {@code archive.db} in the user's data folder. */
    public static Path embeddedFile(UserDirs dirs) {
        return dirs.data().resolve(FILE_NAME);
    }

    public static PriceArchive openEmbedded(Path file) {
        return openEmbedded(file, DEFAULT_LOCK_WAIT);
    }

    /**
     * Opens (creating it owner-only if new) and migrates the SQLite archive {@code file}. A file
     * its owner may not write opens read-only: reads work, writes fail with READ_ONLY.
     *
     * @throws ArchiveException NEWER_SCHEMA for an archive of a newer SpotSpec (left unchanged), or
     *     when the file cannot be opened
     */
    public static PriceArchive openEmbedded(Path file, Duration lockWait) {
        var location = file.toAbsolutePath().toString();
        var errors = new ArchiveErrors(Dialect.SQLITE, location, lockWait);
        Connection c = null;
        try {
            ArchiveFile.prepare(file);
            var config = new SQLiteConfig();
            config.setBusyTimeout((int) lockWait.toMillis());
            // NORMAL in WAL mode: a commit is in the WAL (the OS's page cache) before COMMIT returns,
            // so a killed process loses nothing committed; only a power cut may lose the last commits,
            // never consistency. FULL would fsync every batch for that last case.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            boolean readOnly = ArchiveFile.ownerMayNotWrite(file);
            config.setReadOnly(readOnly);
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            var migrator = new Migrator(Dialect.SQLITE, location);
            migrator.refuseNewer(c); // before anything below writes to the file
            if (!readOnly) {
                Dialect.exec(c, "PRAGMA journal_mode = WAL");
            }
            Dialect.exec(c, "PRAGMA cache_size = -16000"); // 16 MB: ingest keeps the index's hot pages
            migrator.migrate(c, Migrator.latest());
            return new JdbcPriceArchive(c, Dialect.SQLITE, location, errors, () -> fileSize(file), Clock.systemUTC());
        } catch (IOException e) {
            closeQuietly(c);
            throw new ArchiveException(Reason.CONNECTION, "Cannot create the price archive file " + location
                    + " (" + e.getMessage() + "). Check that its folder is yours and the disk has space.", e);
        } catch (SQLException e) {
            closeQuietly(c);
            throw errors.translate(e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Connects to the PostgreSQL archive at {@code url} and migrates it. The password is used for
     * the connection only: never kept, never logged, absent from {@link PriceArchive#location()}.
     *
     * @param password null when the server needs none (trust, or a password in the URL)
     */
    public static PriceArchive openPostgres(String url, String user, char[] password, Duration lockWait) {
        var location = JdbcUrls.withoutPassword(url);
        var errors = new ArchiveErrors(Dialect.POSTGRESQL, location, lockWait);
        var split = JdbcUrls.splitPassword(url); // a password in the URL wins, as in pgjdbc
        var props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (split.password().isPresent()) {
            props.setProperty("password", split.password().get());
        } else if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("reWriteBatchedInserts", "true"); // one multi-row INSERT per batch: 5-10x faster
        props.setProperty("ApplicationName", "SpotSpec");
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        Connection c = null;
        try {
            c = DriverManager.getConnection(split.url(), props);
            // Writers of one key wait for each other at most this long, then report LOCKED.
            Dialect.exec(c, "SET lock_timeout = " + lockWait.toMillis());
            new Migrator(Dialect.POSTGRESQL, location).migrate(c, Migrator.latest());
            var connection = c;
            return new JdbcPriceArchive(c, Dialect.POSTGRESQL, location, errors, () -> postgresSize(connection, errors),
                    Clock.systemUTC());
        } catch (SQLException e) {
            closeQuietly(c);
            throw errors.translate(e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static long fileSize(Path file) {
        long total = 0;
        for (var suffix : new String[] {"", "-wal"}) {
            try {
                total += Files.size(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // no WAL (checkpointed and removed): nothing to count
            }
        }
        return total;
    }

    private static long postgresSize(Connection c, ArchiveErrors errors) {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT pg_total_relation_size('points')"
                + " + pg_total_relation_size('series') + pg_total_relation_size('coverage')"
                + " + pg_total_relation_size('events') + pg_total_relation_size('watch_items')")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw errors.translate(e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }
}
