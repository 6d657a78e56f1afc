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
     * at t1. Runs in O(columns · log + points in range) and allocates only the result.
     *
     * @param seriesEnd the history's end: the last price holds until then; points after it are
     *     ignored
     */
    public static Reduced reduce(PriceSeries s, long t0, long t1, long seriesEnd, int columns) {
        return reduce(s, t0, t1, seriesEnd, columns, null);
    }

    /**
     * As {@link #reduce(PriceSeries, long, long, long, int)}, writing into {@code reuse} when it
     * has {@code columns} columns: a chart redrawing 30 series per frame then allocates nothing.
     *
     * @param reuse an earlier result whose arrays may be overwritten, or null
     */
    public static Reduced reduce(PriceSeries s, long t0, long t1, long seriesEnd, int columns, Reduced reuse) {
        if (columns < 0) {
            throw new IllegalArgumentException("negative column count " + columns);
        }
        var r = reuse != null && reuse.columns() == columns ? reuse
                : new Reduced(columns, new double[columns], new double[columns], new double[columns],
                        new double[columns]);
        Arrays.fill(r.first(), Double.NaN);
        Arrays.fill(r.min(), Double.NaN);
        Arrays.fill(r.max(), Double.NaN);
        Arrays.fill(r.last(), Double.NaN);
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
            int end = s.firstAtOrAfter(b, next, m); // points [next, end) start inside the column
            reduceColumn(s, r, c, cur, next, end);
            if (end > next) {
                cur = end - 1;
                next = end;
            }
        }
        return r;
    }

    /**
     * Fills column c from the point in effect at its start (cur, -1 for none) and the points
     * [next, end) that start inside it. Binary search found end, so the only per-point work is
     * two tight min/max loops over the price column.
     */
    private static void reduceColumn(PriceSeries s, Reduced r, int c, int cur, int next, int end) {
        if (cur < 0 && next == end) {
            return; // nothing in effect yet
        }
        int first = cur >= 0 ? s.micros(cur) : s.micros(next);
        int last = end > next ? s.micros(end - 1) : s.micros(cur);
        int lo = Math.min(first, s.minMicros(next, end));
        int hi = Math.max(first, s.maxMicros(next, end));
        r.first()[c] = PriceSeries.toDollars(first);
        r.min()[c] = PriceSeries.toDollars(lo);
        r.max()[c] = PriceSeries.toDollars(hi);
        r.last()[c] = PriceSeries.toDollars(last);
    }

}
