package org.spotspec.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's settings: a password in its URL never reaches the file; the interval stays in range. */
class ArchiveSettingsTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveUrlIsSavedWithoutItsPassword() throws IOException {
        var file = dir.resolve("settings.properties");
        var store = new SettingsStore(file);
        store.save(Settings.defaults().withArchive(new ArchiveSettings(
                "jdbc:postgresql://db/spot?password=PgCanary42&user=team", List.of(), List.of(), List.of(), 0)));

        assertThat(Files.readString(file)).doesNotContain("PgCanary42");
        assertThat(store.load().settings().archive().url()).isEqualTo("jdbc:postgresql://db/spot?user=team");
    }

    @Test
    void aPasswordAtTheEndOrAloneIsDroppedToo() {
        assertThat(new ArchiveSettings("jdbc:postgresql://db/spot?user=team&password=x", List.of(), List.of(),
                List.of(), 0).url()).isEqualTo("jdbc:postgresql://db/spot?user=team");
        assertThat(new ArchiveSettings("jdbc:postgresql://db/spot?password=x", List.of(), List.of(), List.of(), 0)
                .url()).isEqualTo("jdbc:postgresql://db/spot");
        assertThat(new ArchiveSettings("", List.of(), List.of(), List.of(), 100_000).intervalMinutes()).isEqualTo(1440);
    }
}
