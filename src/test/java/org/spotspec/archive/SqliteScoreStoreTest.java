package org.spotspec.archive;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/** The placement score store on the embedded SQLite file. */
class SqliteScoreStoreTest extends ScoreStoreContract {
    @TempDir
    Path temp;

    @Override
    PriceArchive openArchive() {
        return PriceArchives.openEmbedded(temp.resolve("spotspec").resolve(PriceArchives.FILE_NAME), Duration.ofSeconds(10));
    }
}
