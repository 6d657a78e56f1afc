package org.spotspec.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;

/**
 * The archive benchmarks' data: 10 series × 1 year of spot price steps, 100,000 changes each
 * (10^6 records), whole epoch seconds and micro-dollars as AWS reports them; fixed seed. Also
 * as a sync would bring it: one batch per day holding every series' changes of that day.
 */
final class ArchiveData {
    static final int SERIES = 10;
    static final int PER_SERIES = 100_000;
    static final Instant END = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant START = END.minus(Duration.ofDays(365));

    final SeriesKey[] keys = new SeriesKey[SERIES];
    final long[][] seconds = new long[SERIES][PER_SERIES];
    final int[][] micros = new int[SERIES][PER_SERIES];

    ArchiveData(long seed) {
        var rnd = new Random(seed);
        long span = END.getEpochSecond() - START.getEpochSecond();
        String[] types = {"m5.large", "c5.xlarge", "r6i.2xlarge", "g4dn.xlarge", "t3.medium"};
        for (int k = 0; k < SERIES; k++) {
            keys[k] = new SeriesKey("us-east-1", "us-east-1" + (char) ('a' + k / 5), types[k % 5], "Linux/UNIX");
            double base = 0.05 + 0.5 * rnd.nextDouble();
            double price = base;
            long t = START.getEpochSecond();
            double mean = (double) span / PER_SERIES;
            for (int i = 0; i < PER_SERIES; i++) {
                // Irregular steps: mostly calm, now and then a burst of quick changes.
                double gap = -Math.log(1 - rnd.nextDouble()) * (rnd.nextDouble() < 0.15 ? mean * 0.05 : mean * 1.17);
                t = Math.min(END.getEpochSecond() - (PER_SERIES - i), t + Math.max(1, Math.round(gap)));
                price = Math.max(0.001, price * Math.exp(0.03 * rnd.nextGaussian()) + 0.05 * (base - price));
                seconds[k][i] = t;
                micros[k][i] = (int) Math.round(price * 1e6);
            }
        }
    }

    long records() {
        return (long) SERIES * PER_SERIES;
    }

    /** The records as daily fetches: [day, day + 1 d] each, every series' changes of that day. */
    List<PriceHistory> dailyBatches() {
        var batches = new ArrayList<PriceHistory>();
        int[] next = new int[SERIES];
        for (var day = START; day.isBefore(END); day = day.plus(Duration.ofDays(1))) {
            var to = day.plus(Duration.ofDays(1));
            var builder = new PriceHistory.Builder(day, to);
            for (int k = 0; k < SERIES; k++) {
                while (next[k] < PER_SERIES && seconds[k][next[k]] < to.getEpochSecond()) {
                    builder.add(keys[k], seconds[k][next[k]] * 1000, micros[k][next[k]]);
                    next[k]++;
                }
            }
            batches.add(builder.build());
        }
        return batches;
    }

    /**
     * The same daily batches as index ranges, for the raw engine ingest: {@code ranges[d][k]} is
     * the end (exclusive) of series k's records in day d; day d starts where day d - 1 ended.
     */
    int[][] dailyRanges() {
        var ranges = new ArrayList<int[]>();
        int[] next = new int[SERIES];
        for (var day = START; day.isBefore(END); day = day.plus(Duration.ofDays(1))) {
            long to = day.plus(Duration.ofDays(1)).getEpochSecond();
            int[] ends = new int[SERIES];
            for (int k = 0; k < SERIES; k++) {
                while (next[k] < PER_SERIES && seconds[k][next[k]] < to) {
                    next[k]++;
                }
                ends[k] = next[k];
            }
            ranges.add(ends);
        }
        return ranges.toArray(new int[0][]);
    }
}
