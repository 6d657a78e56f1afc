package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spotspec.archive.ArchiveFixtures.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.ArchiveException.Reason;

/** The contract on the embedded SQLite file, and what only a file can do: permissions, locks, a full disk. */
class SqlitePriceArchiveTest extends PriceArchiveContract {
    @TempDir
    Path temp;

    Path file() {
        return temp.resolve("data").resolve("spotspec").resolve(PriceArchives.FILE_NAME);
    }

    @Override
    PriceArchive openArchive() {
        return PriceArchives.openEmbedded(file(), Duration.ofSeconds(10));
    }

    @Override
    Connection rawConnection() throws SQLException {
        try {
            ArchiveFile.prepare(file());
        } catch (IOException e) {
            throw new SQLException(e);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void theArchiveLivesInTheUserDataFolder() {
        var dirs = new org.spotspec.userdirs.UserDirs(java.util.Map.of(), "Linux", temp);
        var file = PriceArchives.embeddedFile(dirs);
        assertThat(file).isEqualTo(temp.resolve(".local/share/spotspec/archive.db"));

        PriceArchives.openEmbedded(file).close(); // creates the folders it lacks, owner-only
        assertThat(file).exists();
    }

    @Test
    void theFileAndItsFolderAreTheOwnersOnlyFromTheFirstByte() throws IOException {
        open().write(batch(0, 1, 0.5));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        var wal = file().resolveSibling(PriceArchives.FILE_NAME + "-wal");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aNewerArchiveFileIsLeftByteForByteAsItWas() throws Exception {
        open().write(batch(0, 1, 0.5));
        closeArchives();
        try (var c = rawConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, description, installed_at) VALUES (7, 'V7__future', 0)");
        }
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(this::openArchive).isInstanceOf(ArchiveException.class).hasMessageContaining("newer SpotSpec");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileOpensForReadingAndRefusesWritesClearly() throws IOException {
        open().write(batch(0, 1, 0.5));
        closeArchives();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--------"));

        var archive = open();
        assertThat(archive.status()).hasSize(2);
        assertThatThrownBy(() -> archive.write(batch(1, 2, 1.5))).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("read-only").hasMessageContaining(file().toString())
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.READ_ONLY);
    }

    @Test
    void aDatabaseLockedByAnotherWriterGivesAClearMessage() throws SQLException {
        open().write(batch(0, 1, 0.5));
        var archive = PriceArchives.openEmbedded(file(), Duration.ofMillis(200));
        try (var other = rawConnection(); var st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // another SpotSpec in the middle of a sync

            assertThatThrownBy(() -> archive.write(batch(1, 2, 1.5))).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("locked by another program").hasMessageContaining("200 ms")
                    .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.LOCKED);
            assertThat(archive.status()).hasSize(2); // reading still works meanwhile (WAL)
            st.execute("ROLLBACK");
        } finally {
            archive.close();
        }
    }

    @Test
    void aFullDiskGivesAClearMessageAndKeepsWhatWasCommitted() throws SQLException {
        var archive = (JdbcPriceArchive) open();
        archive.write(batch(0, 1, 0.5));
        try (var st = archive.connection().createStatement()) {
            st.execute("PRAGMA max_page_count = " + pageCount(archive)); // no room to grow
        }

        assertThatThrownBy(() -> archive.write(ArchiveFixtures.minutes(ArchiveFixtures.day(2), 50_000, 100)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("is full")
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(Reason.DISK_FULL);
        assertThat(archive.status()).extracting(SeriesStatus::rows).containsExactly(1L, 1L);
        assertThat(archive.coverage(ArchiveFixtures.KEY)).containsExactly(ArchiveFixtures.span(0, 1));
    }

    private static long pageCount(JdbcPriceArchive archive) throws SQLException {
        try (var st = archive.connection().createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
