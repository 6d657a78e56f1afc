package org.spotspec.pricedata;

import java.time.Instant;
import java.util.List;
import org.spotspec.archive.PriceArchive;
import org.spotspec.scores.MemoryScoreStore;
import org.spotspec.scores.ScoreSample;
import org.spotspec.scores.ScoreStore;

/**
 * Placement scores in the price archive's database, opened with the archive at first use (in the
 * background); without an archive they are kept in memory for this run, and {@link #problem()} says so.
 */
public final class ArchivedScores implements ScoreStore {
    private final ArchiveHandle archive;
    private final MemoryScoreStore memory = new MemoryScoreStore();

    public ArchivedScores(ArchiveHandle archive) {
        this.archive = archive;
    }

    /** Why scores are not kept beyond this run; empty when they are. */
    public String problem() {
        return archive.problem().isEmpty() ? ""
                : "Scores are kept only until SpotSpec closes: the archive is not available (" + archive.problem() + ").";
    }

    private ScoreStore store() {
        return archive.get().map(PriceArchive::scores).orElse(memory);
    }

    @Override
    public void record(List<ScoreSample> samples) {
        store().record(samples);
    }

    @Override
    public List<ScoreSample> history(String configuration, Instant since) {
        return store().history(configuration, since);
    }

    @Override
    public List<String> configurations() {
        return store().configurations();
    }
}
