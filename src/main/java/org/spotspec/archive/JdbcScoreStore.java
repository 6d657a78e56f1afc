package org.spotspec.archive;

import java.time.Instant;
import java.util.List;
import org.spotspec.scores.ScoreSample;
import org.spotspec.scores.ScoreStore;

/** Placement scores in the price archive's database (migration V4), on the archive's connection and lock. */
final class JdbcScoreStore implements ScoreStore {
    private final ArchiveConnection db;
    private final ScoresTable scores = new ScoresTable();

    JdbcScoreStore(ArchiveConnection db) {
        this.db = db;
    }

    @Override
    public void record(List<ScoreSample> samples) {
        var copy = List.copyOf(samples);
        if (!copy.isEmpty()) {
            db.inTransaction(true, c -> {
                scores.insert(c, copy);
                return null;
            });
        }
    }

    @Override
    public List<ScoreSample> history(String configuration, Instant since) {
        return db.inTransaction(false, c -> scores.history(c, configuration, since));
    }

    @Override
    public List<String> configurations() {
        return db.inTransaction(false, scores::configurations);
    }
}
