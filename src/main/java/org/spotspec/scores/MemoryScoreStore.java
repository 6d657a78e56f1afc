package org.spotspec.scores;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/** Placement scores kept for this run only (no archive). Thread-safe. */
public final class MemoryScoreStore implements ScoreStore {
    private final List<ScoreSample> samples = new ArrayList<>();

    @Override
    public synchronized void record(List<ScoreSample> newSamples) {
        samples.addAll(newSamples);
    }

    @Override
    public synchronized List<ScoreSample> history(String configuration, Instant since) {
        return samples.stream().filter(s -> s.configuration().equals(configuration) && !s.at().isBefore(since))
                .sorted(Comparator.comparing(ScoreSample::at).thenComparing(ScoreSample::place)).toList();
    }

    @Override
    public synchronized List<String> configurations() {
        var latest = new LinkedHashMap<String, Instant>();
        samples.forEach(s -> latest.merge(s.configuration(), s.at(), (a, b) -> a.isAfter(b) ? a : b));
        return latest.entrySet().stream().sorted(java.util.Map.Entry.<String, Instant>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).toList();
    }
}
