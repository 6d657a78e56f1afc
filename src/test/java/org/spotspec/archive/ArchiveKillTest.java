package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync killed with kill -9 in the middle of its writes leaves the archive consistent: the file
 * passes SQLite's integrity check, every committed span has all its points (and no span claims
 * points that are not there), and writing carries on.
 */
class ArchiveKillTest {
    @TempDir
    Path temp;

    @Test
    void anArchiveKilledMidWriteIsConsistentAndWritingContinues() throws Exception {
        var file = temp.resolve(PriceArchives.FILE_NAME);
        var process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), ArchiveWriterProcess.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int reported = -1;
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported < 4 && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    reported = Integer.parseInt(line.substring(10));
                }
            }
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction most likely
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as("commits reported before the kill").isEqualTo(4);

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        try (var archive = PriceArchives.openEmbedded(file)) {
            var coverage = archive.coverage(ArchiveFixtures.KEY);
            assertThat(coverage).hasSize(1);
            int committed = (int) ((coverage.get(0).to().getEpochSecond() - ArchiveWriterProcess.start(0).getEpochSecond())
                    / 60 / ArchiveWriterProcess.POINTS);
            assertThat(committed).as("batches committed").isGreaterThanOrEqualTo(reported + 1);
            assertThat(archive.status().get(0).rows()).isEqualTo((long) committed * ArchiveWriterProcess.POINTS);

            archive.write(ArchiveWriterProcess.batch(committed));
            assertThat(archive.status().get(0).rows()).isEqualTo((committed + 1L) * ArchiveWriterProcess.POINTS);
            assertThat(archive.coverage(ArchiveFixtures.KEY)).hasSize(1);
        }
    }
}
