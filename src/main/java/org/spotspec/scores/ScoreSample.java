package org.spotspec.scores;

import java.time.Instant;

/**
 * One Spot placement score as it was when asked: for a configuration (which types or requirements,
 * what capacity, per region or per zone), a region, and a zone id when per zone ({@code ""} else).
 *
 * @param configuration {@link ScoreConfiguration#key()} of what was asked
 * @param score         1 (unlikely to succeed) to 10 (very likely)
 */
public record ScoreSample(Instant at, String configuration, String region, String zoneId, int score) {
    public ScoreSample {
        zoneId = zoneId == null ? "" : zoneId;
        if (score < 1 || score > 10) {
            throw new IllegalArgumentException("a placement score is 1 to 10, not " + score);
        }
    }

    /** Where the score applies: the zone id, else the region. */
    public String place() {
        return zoneId.isEmpty() ? region : zoneId;
    }
}
