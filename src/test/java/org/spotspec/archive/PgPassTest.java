package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ~/.pgpass as libpq does: wildcards, escapes, first match, a too-open file ignored. */
class PgPassTest {
    @TempDir
    Path home;

    private PgPass write(String text, String permissions) throws IOException {
        var file = home.resolve(".pgpass");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return PgPass.standard(Map.of(), "Linux", home);
    }

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() throws IOException {
        var pgpass = write("""
                # team archive
                db.example.com:5432:prices:ana:first\\:one
                *:*:prices:ana:second
                *:*:*:*:any\\\\thing
                """, "rw-------");

        assertThat(pgpass.find("db.example.com", 5432, "prices", "ana")).hasValueSatisfying(
                p -> assertThat(new String(p)).isEqualTo("first:one"));
        assertThat(pgpass.find("other", 6543, "prices", "ana")).hasValueSatisfying(
                p -> assertThat(new String(p)).isEqualTo("second"));
        assertThat(pgpass.find("other", 5432, "else", "bob")).hasValueSatisfying(
                p -> assertThat(new String(p)).isEqualTo("any\\thing"));
    }

    @Test
    void aJdbcUrlGivesHostPortAndDatabase() throws IOException {
        var pgpass = write("db:5433:prices:ana:x\nlocalhost:5432:ana:ana:y\n", "rw-------");

        assertThat(pgpass.find("jdbc:postgresql://db:5433/prices?ssl=true", "ana")).hasValueSatisfying(
                p -> assertThat(new String(p)).isEqualTo("x"));
        assertThat(pgpass.find("jdbc:postgresql:///", "ana")).hasValueSatisfying(
                p -> assertThat(new String(p)).isEqualTo("y"));
        assertThat(pgpass.find("jdbc:postgresql://db/prices", "ana")).isEmpty();
    }

    @Test
    void aFileOthersMayReadIsIgnoredAsLibpqDoes() throws IOException {
        var pgpass = write("*:*:*:*:secret\n", "rw-r--r--");

        assertThat(pgpass.find("db", 5432, "prices", "ana")).isEmpty();
    }

    @Test
    void pgpassfileAndWindowsLocationsAreHonoured() {
        assertThat(PgPass.standard(Map.of("PGPASSFILE", "/etc/team.pgpass"), "Linux", home))
                .extracting("file").isEqualTo(Path.of("/etc/team.pgpass"));
        assertThat(PgPass.standard(Map.of("APPDATA", "/u/AppData/Roaming"), "Windows 11", home))
                .extracting("file").isEqualTo(Path.of("/u/AppData/Roaming/postgresql/pgpass.conf"));
    }
}
