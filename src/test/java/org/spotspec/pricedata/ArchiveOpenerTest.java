package org.spotspec.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.archive.ArchiveException;

/** Which archive, and where its PostgreSQL password comes from: PGPASSWORD, then ~/.pgpass, then the prompt. */
class ArchiveOpenerTest {
    private static final String URL = "jdbc:postgresql://db.example:5432/spot?user=team";

    @TempDir
    Path home;
    private final ArrayList<String> asked = new ArrayList<>();

    private ArchiveOpener opener(Map<String, String> env) {
        return new ArchiveOpener(env, home, home.resolve("archive.db"), location -> {
            asked.add(location);
            return Optional.of("typed".toCharArray());
        });
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheSettings() {
        var opener = opener(Map.of(ArchiveOpener.URL_VARIABLE, "jdbc:postgresql://env/a"));
        assertThat(opener.url("jdbc:postgresql://option/a", "jdbc:postgresql://settings/a"))
                .isEqualTo("jdbc:postgresql://option/a");
        assertThat(opener.url(null, "jdbc:postgresql://settings/a")).isEqualTo("jdbc:postgresql://env/a");
        assertThat(opener(Map.of()).url(" ", "jdbc:postgresql://settings/a")).isEqualTo("jdbc:postgresql://settings/a");
        assertThat(opener(Map.of()).url(null, "")).isEmpty();
    }

    @Test
    void thePasswordComesFromPgpasswordThenThePasswordFileThenThePrompt() throws Exception {
        assertThat(new String(opener(Map.of("PGPASSWORD", "fromEnv")).password(URL, "team").orElseThrow()))
                .isEqualTo("fromEnv");
        var pgpass = Files.writeString(home.resolve(".pgpass"), "db.example:5432:spot:team:fromFile\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertThat(new String(opener(Map.of()).password(URL, "team").orElseThrow())).isEqualTo("fromFile");
        assertThat(asked).isEmpty();
        Files.delete(pgpass);
        assertThat(new String(opener(Map.of()).password(URL + "&password=x", "team").orElse("none".toCharArray())))
                .as("a password in the URL is the driver's to take").isEqualTo("none");
        assertThat(new String(opener(Map.of()).password(URL, "team").orElseThrow())).isEqualTo("typed");
        assertThat(asked).containsExactly(URL);
    }

    @Test
    void theUserComesFromTheUrlThenPguser() {
        assertThat(opener(Map.of("PGUSER", "other")).user(URL)).isEqualTo("team");
        assertThat(opener(Map.of("PGUSER", "other")).user("jdbc:postgresql://db/spot")).isEqualTo("other");
    }

    @Test
    void anotherKindOfUrlIsRefusedWithTheFormItNeeds() {
        assertThatThrownBy(() -> opener(Map.of()).open("jdbc:mysql://db/spot")).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }
}
