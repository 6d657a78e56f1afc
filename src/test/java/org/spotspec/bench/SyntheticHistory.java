package org.spotspec.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;

/** The benchmarks' price data: fixed-seed, 90 days, shaped like real spot price histories. */
final class SyntheticHistory {
    static final Instant END = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant START = END.minus(Duration.ofDays(90));

    private SyntheticHistory() {
    }

    /**
     * A fixed-seed history shaped like DescribeSpotPriceHistory's: per series a mean-reverting
     * random walk around an on-demand-like base price, changing at irregular times (bursts of
     * quick changes between long calm spells), whole micro-dollars (6 decimals).
     */
    static PriceHistory of(int points, int seriesCount, long seed) {
        String[] regions = {"us-east-1", "eu-west-1", "ap-southeast-2"};
        String[] types = {"m5.large", "c5.xlarge", "r6i.2xlarge", "g4dn.xlarge", "t3.medium"};
        double[] onDemand = {0.096, 0.17, 0.504, 0.526, 0.0416};
        var rnd = new Random(seed);
        var builder = new PriceHistory.Builder(START, END);
        long span = END.toEpochMilli() - START.toEpochMilli();
        for (int k = 0; k < seriesCount; k++) {
            String region = regions[k % 3];
            var key = new SeriesKey(region, region + (char) ('a' + k / 3 % 2 + k / 30 * 2), types[k / 6 % 5],
                    "Linux/UNIX");
            int n = points / seriesCount + (k < points % seriesCount ? 1 : 0);
            double[] gaps = new double[n];
            double total = 0;
            for (int i = 1; i < n; i++) {
                double mean = rnd.nextDouble() < 0.15 ? 0.05 : 1;
                gaps[i] = -Math.log(1 - rnd.nextDouble()) * mean;
                total += gaps[i];
            }
            double scale = span * 0.999 / Math.max(total, 1e-9);
            double base = onDemand[k / 6 % 5] * (0.3 + 0.4 * rnd.nextDouble());
            double price = base;
            long t = START.toEpochMilli();
            double cumulative = 0;
            for (int i = 0; i < n; i++) {
                cumulative += gaps[i];
                t = i == 0 ? t : Math.max(t + 1, START.toEpochMilli() + Math.round(cumulative * scale));
                price = price * Math.exp(0.03 * rnd.nextGaussian()) + 0.05 * (base - price);
                if (rnd.nextDouble() < 0.005) {
                    price *= 1.3 + 0.7 * rnd.nextDouble();
                }
                price = Math.max(0.001, price);
                builder.add(key, t, (int) Math.round(price * 1e6));
            }
        }
        return builder.build();
    }
}
