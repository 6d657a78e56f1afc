package org.spotspec.prices;

import java.util.Arrays;

/**
 * Reduces a step series to one (first, min, max, last) tuple per pixel column, so the chart's
 * drawing cost follows its width rather than the number of points.
 *
 * <p>For step data this is exact: drawing, in each column, a vertical line from min to max and
 * a line from the previous column's last to this column's first lights the same pixels as
 * drawing every step. A point's price is in effect from its time until the next point's time;
 * the last point's price until {@code seriesEnd} inclusive, and nothing after it.
 */
public final class StepReduction {

    /**
     * Per-column values in dollars per hour, NaN where no price is in effect in the column.
     *
     * @param first price in effect at the column's start, or at the series' first point if it
     *     starts inside the column
     * @param min lowest price in effect anywhere in the column
     * @param max highest price in effect anywhere in the column
     * @param last price in effect at the column's end, or at the series' end if it ends inside
     *     the column
     */
    public record Reduced(int columns, double[] first, double[] min, double[] max, double[] last) {
        /** Whether any price is in effect in column {@code c}. */
        public boolean hasData(int c) {
            return !Double.isNaN(first[c]);
        }
    }

    private StepReduction() {
    }

    /**
     * Reduces {@code s} over the visible range [t0, t1), split into {@code columns} equal columns:
     * column c covers [t0 + c·w, t0 + (c+1)·w) with w = (t1 − t0) / columns, the last one ending
     * at t1. Runs in O(columns + points in range) and allocates only the result.
     *
     * @param seriesEnd the history's end: the last price holds until then; points after it are
     *     ignored
     */
    public static Reduced reduce(PriceSeries s, long t0, long t1, long seriesEnd, int columns) {
        if (columns < 0) {
            throw new IllegalArgumentException("negative column count " + columns);
        }
        var r = new Reduced(columns, nans(columns), nans(columns), nans(columns), nans(columns));
        // Points after seriesEnd are beyond the history: count only those before m.
        int m = s.indexAtOrBefore(seriesEnd) + 1;
        if (m == 0 || t1 <= t0) {
            return r;
        }
        double w = (t1 - t0) / (double) columns;
        int cur = s.indexAtOrBefore(t0); // in effect at the current column's start; -1: not yet
        int next = cur + 1; // first point after the current column's start
        for (int c = 0; c < columns; c++) {
            double a = t0 + c * w;
            double b = c + 1 == columns ? t1 : t0 + (c + 1) * w;
            if (a > seriesEnd) {
                break; // the step has ended; the remaining columns stay NaN
            }
            while (next < m && s.time(next) <= a) { // a point exactly on the boundary
                cur = next++;
            }
            if (!(a < b)) {
                continue; // rounding made the column empty at this zoom: nothing is in effect
            }
            reduceColumn(s, r, c, cur, next, m, b);
            while (next < m && s.time(next) < b) {
                cur = next++;
            }
        }
        return r;
    }

    /** Fills column c from the point in effect at its start (cur) and those in [next, b). */
    private static void reduceColumn(PriceSeries s, Reduced r, int c, int cur, int next, int m,
                                     double b) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int first = -1;
        int last = -1;
        // Work in micros (ints) and convert four values at the end: no per-point double maths.
        for (int i = cur >= 0 ? cur : next; i < m && (i == cur || s.time(i) < b); i++) {
            int p = s.micros(i);
            if (first < 0) {
                first = p;
            }
            last = p;
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        if (first >= 0) {
            r.first()[c] = PriceSeries.toDollars(first);
            r.min()[c] = PriceSeries.toDollars(lo);
            r.max()[c] = PriceSeries.toDollars(hi);
            r.last()[c] = PriceSeries.toDollars(last);
        }
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
