package org.spotspec.scores;

import java.time.Instant;
import java.util.List;

/**
 * Where placement scores are kept with their time, so a configuration's scores can be charted
 * over days: the price archive's database, or memory when there is none.
 */
public interface ScoreStore {
    /** Keeps the scores of one answer (all with the same time and configuration). */
    void record(List<ScoreSample> samples);

    /** The scores of {@code configuration} since {@code since}, oldest first. */
    List<ScoreSample> history(String configuration, Instant since);

    /** The configurations asked about, the most recently asked first. */
    List<String> configurations();
}
