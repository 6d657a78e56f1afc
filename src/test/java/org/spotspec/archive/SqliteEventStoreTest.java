package org.spotspec.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The event store contract on the embedded SQLite file. */
class SqliteEventStoreTest extends JdbcEventStoreContract {
    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve("spotspec").resolve(PriceArchives.FILE_NAME);
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

    @Override
    List<String> failingInsertTrigger(String id) {
        return List.of("CREATE TRIGGER fail_event BEFORE INSERT ON events WHEN NEW.item_id = '" + id + "'"
                + " BEGIN SELECT RAISE(ABORT, 'this event may not be stored'); END");
    }
}
