package org.spotspec.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.spotspec.prices.PriceHistory;

/**
 * The process {@link ArchiveKillTest} kills: writes batches to the archive file given as its
 * argument, forever, and prints {@code committed <n>} after each write returned. Batch n holds
 * {@link #POINTS} points, one a minute, and covers its minutes up to the next batch's first.
 */
public final class ArchiveWriterProcess {
    static final int POINTS = 5_000;

    private ArchiveWriterProcess() {
    }

    public static void main(String[] args) {
        try (var archive = PriceArchives.openEmbedded(Path.of(args[0]))) {
            for (int n = 0; ; n++) {
                archive.write(batch(n));
                System.out.println("committed " + n);
                System.out.flush();
            }
        }
    }

    static Instant start(int n) {
        return ArchiveFixtures.T0.plus(Duration.ofMinutes((long) n * POINTS));
    }

    static ArchiveBatch batch(int n) {
        var builder = new PriceHistory.Builder(start(n), start(n + 1));
        for (int i = 0; i < POINTS; i++) {
            builder.add(ArchiveFixtures.A, start(n).plus(Duration.ofMinutes(i)).toEpochMilli(), 1000 + i % 13);
        }
        return new ArchiveBatch(builder.build(), List.of(ArchiveFixtures.KEY), start(n), start(n + 1));
    }
}
