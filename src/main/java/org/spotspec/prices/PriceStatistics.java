package org.spotspec.prices;

import java.util.Arrays;
import java.util.List;

/**
 * Summary of one series over a window [start, end], all prices in dollars per hour. Each price
 * holds from its point until the next point, the last one until the window's end. Averages and
 * percentiles weigh each price by how long it was in effect, because spot prices change at
 * irregular times: a price that held for a minute must not count as much as one that held for a
 * week. Time before the series' first point has no price and is left out.
 *
 * <p>If the window has no duration with a price (start = end, or the only price starts at end),
 * the price in effect at end counts as the whole window. For an empty series, or a window that
 * ends before the first point, every value is NaN and {@code latestTime} is
 * {@link Long#MIN_VALUE}.
 *
 * @param key the series
 * @param latest the most recent price: the one in effect at the window's end
 * @param latestTime when that price was set (epoch milliseconds): before the window's start
 *     when the price in effect at the start is still the latest
 * @param min the lowest price in effect at any moment of the window
 * @param mean the time-weighted average price: what an instance running through the whole
 *     window paid per hour on average
 * @param p50 the median: the lowest price p such that the price was at or below p for at least
 *     half of the window's time
 * @param p95 the lowest price p such that the price was at or below p for at least 95% of the
 *     window's time; only 5% of the time was it higher
 * @param max the highest price in effect at any moment of the window
 * @param volatility the time-weighted standard deviation of the price around the mean, in $/h:
 *     0 for a flat price, larger the more and the longer it strayed from the mean
 * @param shareAtOrBelow the fraction (0 to 1) of the window's time the price was at or below
 *     your maximum price, i.e. roughly the share of time a request with that maximum would have
 *     run; NaN when no maximum price is set
 */
public record PriceStatistics(SeriesKey key, double latest, long latestTime, double min, double mean,
                              double p50, double p95, double max, double volatility,
                              double shareAtOrBelow) {

    /** Whether the window had any price at all. */
    public boolean hasData() {
        return !Double.isNaN(latest);
    }

    /** One row per series of {@code history}, over its whole fetched window. */
    public static List<PriceStatistics> all(PriceHistory history, double myMaxPrice) {
        long start = history.start().toEpochMilli();
        long end = history.end().toEpochMilli();
        return history.series().stream().map(s -> of(s, start, end, myMaxPrice)).toList();
    }

    /**
     * Computes the statistics of {@code s} over [start, end] (epoch milliseconds).
     *
     * @param myMaxPrice the user's maximum price in $/h, or NaN if none is set
     */
    public static PriceStatistics of(PriceSeries s, long start, long end, double myMaxPrice) {
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " is after end " + end);
        }
        int from = Math.max(s.indexAtOrBefore(start), 0);
        int to = s.indexAtOrBefore(end); // inclusive
        if (to < from) {
            double nan = Double.NaN;
            return new PriceStatistics(s.key(), nan, Long.MIN_VALUE, nan, nan, nan, nan, nan, nan, nan);
        }
        int n = to - from + 1;
        long[] weights = new long[n];
        long total = 0;
        for (int k = 0; k < n; k++) {
            int i = from + k;
            long since = Math.max(s.time(i), start);
            long until = i < to ? s.time(i + 1) : end;
            weights[k] = until - since;
            total += weights[k];
        }
        if (total == 0) { // only one price, at a single instant: let it stand for the window
            weights[n - 1] = 1;
            total = 1;
        }
        return summarise(s, from, weights, total, myMaxPrice);
    }

    private static PriceStatistics summarise(PriceSeries s, int from, long[] weights, long total,
                                             double myMaxPrice) {
        int n = weights.length;
        double sum = 0;
        long atOrBelow = 0;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            int p = s.micros(from + k);
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
            sum += s.price(from + k) * weights[k];
            if (s.price(from + k) <= myMaxPrice) { // false for NaN
                atOrBelow += weights[k];
            }
        }
        double mean = sum / total;
        double squares = 0;
        for (int k = 0; k < n; k++) {
            double d = s.price(from + k) - mean;
            squares += d * d * weights[k];
        }
        // Rounding could nudge the mean a hair outside [min, max] for a flat price; it cannot be.
        mean = Math.min(Math.max(mean, PriceSeries.toDollars(lo)), PriceSeries.toDollars(hi));
        long[] byPrice = sortedByPrice(s, from, n);
        return new PriceStatistics(s.key(), s.price(from + n - 1), s.setAt(from + n - 1),
                PriceSeries.toDollars(lo), mean,
                percentile(byPrice, weights, total, 1, 2), percentile(byPrice, weights, total, 19, 20),
                PriceSeries.toDollars(hi), Math.sqrt(squares / total),
                Double.isNaN(myMaxPrice) ? Double.NaN : atOrBelow / (double) total);
    }

    /**
     * Each entry packs (price in micros, entry index) into a long, so one primitive sort orders
     * the entries by price without an object per point. Prices are non-negative ints.
     */
    private static long[] sortedByPrice(PriceSeries s, int from, int n) {
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            packed[k] = (long) s.micros(from + k) << 32 | k;
        }
        Arrays.sort(packed);
        return packed;
    }

    /**
     * The lowest price p with weight(price ≤ p) ≥ num/den of the total, in exact integer maths
     * so that e.g. exactly half the time at a price makes it the median.
     */
    private static double percentile(long[] byPrice, long[] weights, long total, long num, long den) {
        long cumulative = 0;
        for (long entry : byPrice) {
            cumulative += weights[(int) entry];
            if (cumulative * den >= total * num) {
                return PriceSeries.toDollars((int) (entry >>> 32));
            }
        }
        throw new IllegalStateException("weights do not add up to the total");
    }
}
