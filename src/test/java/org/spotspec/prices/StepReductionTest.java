package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StepReductionTest {
    private static final double N = Double.NaN;
    private static final int HEIGHT = 64;

    // --- Hand cases: ten columns of 100 ms over [0, 1000) unless said otherwise.

    @Test
    void aSeriesStartingAndEndingMidColumn() {
        var s = series(150, 1, 420, 3, 480, 2);

        var r = StepReduction.reduce(s, 0, 1000, 730, 10);

        assertThat(r.columns()).isEqualTo(10);
        assertThat(r.first()).containsExactly(N, 1, 1, 1, 1, 2, 2, 2, N, N);
        assertThat(r.min()).containsExactly(N, 1, 1, 1, 1, 2, 2, 2, N, N);
        assertThat(r.max()).containsExactly(N, 1, 1, 1, 3, 2, 2, 2, N, N);
        assertThat(r.last()).containsExactly(N, 1, 1, 1, 2, 2, 2, 2, N, N);
        assertThat(r.hasData(0)).isFalse();
        assertThat(r.hasData(1)).isTrue();
    }

    @Test
    void aColumnWithManyChanges() {
        var s = series(-50, 5, 10, 7, 20, 1, 30, 9, 40, 4, 99, 6);

        var r = StepReduction.reduce(s, 0, 1000, 1000, 10);

        // In effect at 0 is the point from -50; the last change is at 99, still in column 0.
        assertThat(r.first()[0]).isEqualTo(5);
        assertThat(r.min()[0]).isEqualTo(1);
        assertThat(r.max()[0]).isEqualTo(9);
        assertThat(r.last()[0]).isEqualTo(6);
        assertThat(r.first()[1]).isEqualTo(6);
        assertThat(r.max()[9]).isEqualTo(6);
    }

    @Test
    void aChangeExactlyOnAColumnBoundaryBelongsToTheLaterColumn() {
        var s = series(0, 1, 300, 2);

        var r = StepReduction.reduce(s, 0, 1000, 1000, 10);

        assertThat(r.last()[2]).isEqualTo(1);
        assertThat(r.max()[2]).isEqualTo(1);
        assertThat(r.first()[3]).isEqualTo(2);
        assertThat(r.min()[3]).isEqualTo(2);
    }

    @Test
    void theLastPriceHoldsUpToAndIncludingTheSeriesEnd() {
        var s = series(100, 1);

        // Column 3 starts exactly at the end: the price is still in effect at that instant.
        assertThat(StepReduction.reduce(s, 0, 1000, 300, 10).first())
                .containsExactly(N, 1, 1, 1, N, N, N, N, N, N);
    }

    @Test
    void columnsNarrowerThanTheDoublePrecisionOfEpochMillisMatchTheReference() {
        // 1 ms over 10 000 columns: at today's epoch many column edges round to the same double.
        var s = series(1_700_000_000_000L, 1, 1_700_000_000_001L, 2);
        var k = new Case("narrow", s, 1_700_000_000_001L, 1_700_000_000_000L, 1_700_000_000_001L, 10_000, false);

        var r = StepReduction.reduce(s, k.t0(), k.t1(), k.seriesEnd(), k.columns());

        var want = bruteForce(k);
        assertThat(r.first()).containsExactly(want.first());
        assertThat(r.last()).containsExactly(want.last());
        assertThat(IntStream.range(0, k.columns()).filter(r::hasData).count())
                .as("some columns are empty, some not").isBetween(1L, k.columns() - 1L);
    }

    @Test
    void onePoint() {
        var s = series(250, 4);

        assertThat(StepReduction.reduce(s, 0, 1000, 1000, 10).first())
                .containsExactly(N, N, 4, 4, 4, 4, 4, 4, 4, 4);
        assertThat(StepReduction.reduce(s, 0, 1000, 250, 10).max())
                .as("a point exactly at the series' end is in effect at that instant")
                .containsExactly(N, N, 4, N, N, N, N, N, N, N);
        assertThat(StepReduction.reduce(s, 0, 1000, 249, 10).max()).containsOnly(N);
        assertThat(StepReduction.reduce(s, 300, 400, 1000, 1).first()).containsExactly(4);
    }

    @Test
    void pointsAfterTheSeriesEndAreIgnored() {
        var s = series(100, 1, 500, 9);

        var r = StepReduction.reduce(s, 0, 1000, 450, 10);

        assertThat(r.max()).containsExactly(N, 1, 1, 1, 1, N, N, N, N, N);
    }

    @Test
    void emptyRangesAndSeriesGiveNoPrices() {
        var s = series(100, 1);

        assertThat(StepReduction.reduce(s, 500, 500, 1000, 4).first()).containsOnly(N).hasSize(4);
        assertThat(StepReduction.reduce(s, 600, 500, 1000, 4).first()).containsOnly(N);
        assertThat(StepReduction.reduce(s, 0, 1000, 1000, 0).first()).isEmpty();
        assertThat(StepReduction.reduce(series(), 0, 1000, 1000, 3).min()).containsExactly(N, N, N);
        assertThat(StepReduction.reduce(s, 2000, 3000, 1000, 3).min()).containsExactly(N, N, N);
        assertThatThrownBy(() -> StepReduction.reduce(s, 0, 1, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- Generated cases, checked against a brute-force reference.

    /** One reduction to check: a series, its end, a visible range and a column count. */
    record Case(String name, PriceSeries s, long seriesEnd, long t0, long t1, int columns, boolean full) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> generated() {
        var random = new Random(0x5_907_5BECL);
        var cases = new ArrayList<Case>();
        for (int n : new int[] {0, 1, 2, 10, 1000, 100_000}) {
            for (int columns : new int[] {1, 7, 640, 1920}) {
                var s = randomSeries(random, n);
                long first = n == 0 ? 1_700_000_000_000L : s.firstTime();
                long last = n == 0 ? first : s.lastTime();
                // Usually past the last point; sometimes exactly on it or before it.
                long end = switch (random.nextInt(4)) {
                    case 0 -> last;
                    case 1 -> first + (long) (random.nextDouble() * (last - first));
                    default -> last + random.nextInt(5_000_000);
                };
                long span = Math.max(end - first, 1);
                long minWidth = 2L * columns; // keep columns at least 2 ms wide
                String label = n + " points, " + columns + " columns, ";
                long t0 = first - random.nextInt(1000);
                cases.add(new Case(label + "all", s, end, t0, Math.max(end + 1 + random.nextInt(1000), t0 + minWidth),
                        columns, true));
                long z0 = first + (long) (random.nextDouble() * span);
                long zoom = Math.max(minWidth, (long) (random.nextDouble() * span / 4));
                cases.add(new Case(label + "zoomed", s, end, z0, z0 + zoom, columns, false));
                long l0 = first - zoom / 2;
                cases.add(new Case(label + "left edge", s, end, l0, l0 + zoom, columns, false));
                // Whole-millisecond columns, so points (and sometimes the end) fall on edges.
                long w = random.nextBoolean() ? 1 : 1 + random.nextInt(20);
                long a0 = first - w * random.nextInt(3);
                long edgeEnd = a0 + w * random.nextInt(columns + 1);
                cases.add(new Case(label + "aligned", s, random.nextBoolean() ? edgeEnd : end, a0,
                        a0 + w * columns, columns, false));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void everyColumnMatchesTheBruteForceReference(Case k) {
        var r = StepReduction.reduce(k.s(), k.t0(), k.t1(), k.seriesEnd(), k.columns());
        var want = bruteForce(k);

        assertSameColumns(r, want);
    }

    private static void assertSameColumns(StepReduction.Reduced r, StepReduction.Reduced want) {
        assertThat(r.columns()).isEqualTo(want.columns());
        assertThat(r.first()).as("first").containsExactly(want.first());
        assertThat(r.min()).as("min").containsExactly(want.min());
        assertThat(r.max()).as("max").containsExactly(want.max());
        assertThat(r.last()).as("last").containsExactly(want.last());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void reusingAnEarlierResultGivesTheSameColumns(Case k) {
        // The chart reuses one result's arrays for every series: stale values must never leak.
        var dirty = StepReduction.reduce(series(0, 7, 1, 9), 0, 2, 2, k.columns());
        var r = StepReduction.reduce(k.s(), k.t0(), k.t1(), k.seriesEnd(), k.columns(), dirty);
        var want = bruteForce(k);

        assertThat(r).isSameAs(dirty);
        assertSameColumns(r, want);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void keepsTheGlobalFirstLastMinAndMax(Case k) {
        int inHistory = k.s().indexAtOrBefore(k.seriesEnd()) + 1; // points up to the series' end
        if (!k.full() || inHistory == 0) {
            return;
        }
        var r = StepReduction.reduce(k.s(), k.t0(), k.t1(), k.seriesEnd(), k.columns());
        var s = k.s();

        int firstColumn = IntStream.range(0, k.columns()).filter(r::hasData).findFirst().orElseThrow();
        int lastColumn = IntStream.range(0, k.columns()).filter(r::hasData).max().orElseThrow();
        assertThat(r.first()[firstColumn]).isEqualTo(s.price(0));
        assertThat(r.last()[lastColumn]).isEqualTo(s.price(inHistory - 1));
        assertThat(Arrays.stream(r.min()).filter(d -> !Double.isNaN(d)).min())
                .hasValue(IntStream.range(0, inHistory).mapToDouble(s::price).min().orElseThrow());
        assertThat(Arrays.stream(r.max()).filter(d -> !Double.isNaN(d)).max())
                .hasValue(IntStream.range(0, inHistory).mapToDouble(s::price).max().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void drawsTheSamePictureAsTheRawSteps(Case k) {
        var r = StepReduction.reduce(k.s(), k.t0(), k.t1(), k.seriesEnd(), k.columns());

        var raw = StepRaster.rawSteps(k.s(), k.t0(), k.t1(), k.seriesEnd(), k.columns(), HEIGHT);
        var reduced = StepRaster.reduced(r, k.s(), HEIGHT);

        for (int c = 0; c < k.columns(); c++) {
            assertThat(reduced[c]).as("column %d", c).containsExactly(raw[c]);
        }
    }

    /**
     * The reference: for each column, walk the points and take every one whose step interval —
     * [own time, next point's time), or [own time, series end] for the last — meets the column.
     */
    static StepReduction.Reduced bruteForce(Case k) {
        var s = k.s();
        int columns = k.columns();
        double[] first = new double[columns];
        double[] min = new double[columns];
        double[] max = new double[columns];
        double[] last = new double[columns];
        double w = (k.t1() - k.t0()) / (double) columns;
        for (int c = 0; c < columns; c++) {
            double a = k.t0() + c * w;
            double b = c + 1 == columns ? k.t1() : k.t0() + (c + 1) * w;
            first[c] = min[c] = max[c] = last[c] = Double.NaN;
            for (int i = 0; i < s.size() && s.time(i) <= k.seriesEnd() && s.time(i) < b; i++) {
                boolean isLast = i + 1 == s.size() || s.time(i + 1) > k.seriesEnd();
                double from = Math.max(s.time(i), a);
                boolean meets = isLast ? from <= k.seriesEnd() && from < b : from < Math.min(s.time(i + 1), b);
                if (meets) {
                    double p = s.price(i);
                    first[c] = Double.isNaN(first[c]) ? p : first[c];
                    last[c] = p;
                    min[c] = Double.isNaN(min[c]) ? p : Math.min(min[c], p);
                    max[c] = Double.isNaN(max[c]) ? p : Math.max(max[c], p);
                }
            }
        }
        return new StepReduction.Reduced(columns, first, min, max, last);
    }

    /** Irregular gaps (bursts and long quiet spells) and prices that repeat, jump and spike. */
    static PriceSeries randomSeries(Random random, int n) {
        long[] times = new long[n];
        int[] micros = new int[n];
        long t = 1_700_000_000_000L + random.nextInt(1_000_000);
        int price = 40_000;
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(20);
            t += kind < 7 ? 1 + random.nextInt(10) : kind < 14 ? 1 + random.nextInt(1000)
                    : kind < 19 ? 1 + random.nextInt(100_000) : 1 + random.nextInt(10_000_000);
            price = Math.max(0, price + (random.nextInt(7) - 3) * 500);
            times[i] = t;
            micros[i] = random.nextInt(200) == 0 ? price * 10 : price;
        }
        return new PriceSeries(PriceSeriesTest.KEY, times, micros);
    }

    /** A series from (time, dollars) pairs. */
    static PriceSeries series(long... timeDollars) {
        var times = new long[timeDollars.length / 2];
        var micros = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = timeDollars[2 * i];
            micros[i] = (int) (timeDollars[2 * i + 1] * 1_000_000);
        }
        return new PriceSeries(PriceSeriesTest.KEY, times, micros);
    }

    /**
     * A deliberately simple rasteriser: rows 0..HEIGHT-1 for the series' price range, one
     * boolean per (column, row) pixel.
     */
    static final class StepRaster {
        private StepRaster() {
        }

        /**
         * Draws the step line itself, clipped to [t0, t1): each point's horizontal segment in
         * every column its interval meets, and each change's vertical jump in the column of
         * its time (a change exactly at t0 has its left side outside the view: not drawn).
         */
        static boolean[][] rawSteps(PriceSeries s, long t0, long t1, long seriesEnd, int columns, int height) {
            var grid = new boolean[columns][height];
            double[] range = range(s);
            double[] edges = edges(t0, t1, columns);
            for (int i = 0; i < s.size() && s.time(i) <= seriesEnd; i++) {
                boolean isLast = i + 1 == s.size() || s.time(i + 1) > seriesEnd;
                double from = Math.max(s.time(i), t0);
                double to = isLast ? seriesEnd : s.time(i + 1);
                int y = row(range, s.price(i), height);
                if (from < t1 && (isLast ? from <= to : from < to)) {
                    for (int c = columnOf(edges, from); c < columns && (isLast ? edges[c] <= to : edges[c] < to);
                            c++) {
                        grid[c][y] = true;
                    }
                }
                if (i > 0 && s.time(i) > t0 && s.time(i) < t1) {
                    span(grid[columnOf(edges, s.time(i))], row(range, s.price(i - 1), height), y);
                }
            }
            return grid;
        }

        /** Draws the reduction: min to max in each column, joined to the previous column's last. */
        static boolean[][] reduced(StepReduction.Reduced r, PriceSeries s, int height) {
            var grid = new boolean[r.columns()][height];
            double[] range = range(s);
            for (int c = 0; c < r.columns(); c++) {
                if (r.hasData(c)) {
                    span(grid[c], row(range, r.min()[c], height), row(range, r.max()[c], height));
                    if (c > 0 && r.hasData(c - 1)) {
                        span(grid[c], row(range, r.last()[c - 1], height), row(range, r.first()[c], height));
                    }
                }
            }
            return grid;
        }

        private static double[] edges(long t0, long t1, int columns) {
            double w = (t1 - t0) / (double) columns;
            double[] edges = new double[columns + 1];
            for (int c = 0; c < columns; c++) {
                edges[c] = t0 + c * w;
            }
            edges[columns] = t1;
            return edges;
        }

        /** The column c with edges[c] <= t < edges[c + 1], for t in [t0, t1). */
        private static int columnOf(double[] edges, double t) {
            int lo = 0;
            int hi = edges.length - 2;
            while (lo < hi) { // largest c with edges[c] <= t
                int mid = (lo + hi + 1) >>> 1;
                if (edges[mid] <= t) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        /** The series' {lowest, highest} price: the chart's vertical range. */
        private static double[] range(PriceSeries s) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int i = 0; i < s.size(); i++) {
                lo = Math.min(lo, s.price(i));
                hi = Math.max(hi, s.price(i));
            }
            return new double[] {lo, hi};
        }

        private static int row(double[] range, double price, int height) {
            double lo = range[0];
            double hi = range[1];
            return hi == lo ? 0 : (int) Math.round((price - lo) / (hi - lo) * (height - 1));
        }

        private static void span(boolean[] column, int y0, int y1) {
            for (int y = Math.min(y0, y1); y <= Math.max(y0, y1); y++) {
                column[y] = true;
            }
        }
    }
}
