package org.spotspec.ui.prices.chart;

import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.StepReduction;

/**
 * Draws one step series from its per-pixel reduction into the plot's pixels: per column one
 * vertical run covering the previous column's last price and this column's first, min, max and
 * last, {@link #LINE} pixels wide; runs of equal price line up into horizontal lines. The cost
 * follows the plot's size, not the number of points, and every step shows.
 */
final class SeriesPainter {
    /** Line thickness in pixels. */
    static final int LINE = 2;

    /** The last reduction, whose arrays the next series reuses. */
    private StepReduction.Reduced scratch;

    /**
     * @param gaps spans the archive never covered for this series, as {@code [from, to]} epoch
     *     millisecond pairs: nothing is drawn there (not the last price held flat), and the line
     *     after a gap starts afresh, with no step joining it to the price before
     */
    void paint(PlotRaster raster, PriceSeries series, long seriesEnd, ChartViewport v, int color, long[] gaps) {
        int columns = Math.max(1, (int) Math.ceil(v.width()));
        var r = StepReduction.reduce(series, v.t0(), v.t1(), seriesEnd, columns, scratch);
        scratch = r;
        boolean joined = false;
        int previousLast = 0;
        double millisPerColumn = (double) (v.t1() - v.t0()) / columns;
        for (int c = 0; c < columns; c++) {
            if (!r.hasData(c) || inGap(gaps, v.t0() + (long) ((c + 0.5) * millisPerColumn))) {
                joined = false;
                continue;
            }
            int top = raster.row(v.y(r.max()[c]));
            int bottom = raster.row(v.y(r.min()[c]));
            if (joined) { // the step from the previous column's last price to this one's first
                top = Math.min(top, previousLast);
                bottom = Math.max(bottom, previousLast);
            }
            raster.fill(c, c + LINE - 1, top - LINE / 2, bottom + (LINE - 1) / 2, color);
            joined = true;
            previousLast = raster.row(v.y(r.last()[c]));
        }
    }

    static boolean inGap(long[] gaps, long t) {
        for (int i = 0; i + 1 < gaps.length; i += 2) {
            if (t > gaps[i] && t < gaps[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
