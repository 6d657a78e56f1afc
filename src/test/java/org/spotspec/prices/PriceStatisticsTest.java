package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PriceStatisticsTest {
    private static final long H = 3_600_000L;
    private static final double EPS = 1e-12;

    @Test
    void oneHourAtOneThenThreeHoursAtThree() {
        var s = StepReductionTest.series(0, 1, H, 3);

        var st = PriceStatistics.of(s, 0, 4 * H, 2.0);

        assertThat(st.key()).isEqualTo(s.key());
        assertThat(st.latest()).isEqualTo(3);
        assertThat(st.latestTime()).isEqualTo(H);
        assertThat(st.min()).isEqualTo(1);
        assertThat(st.max()).isEqualTo(3);
        assertThat(st.mean()).isCloseTo(2.5, within(EPS));
        assertThat(st.p50()).isEqualTo(3);
        assertThat(st.p95()).isEqualTo(3);
        // Variance: 1/4 · 1.5² + 3/4 · 0.5² = 0.75.
        assertThat(st.volatility()).isCloseTo(Math.sqrt(0.75), within(EPS));
        assertThat(st.shareAtOrBelow()).isEqualTo(0.25);
        assertThat(st.hasData()).isTrue();
    }

    @Test
    void aPriceCarriedFromBeforeTheWindowKeepsTheTimeItWasSet() {
        var key = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
        var history = new PriceHistory.Builder(java.time.Instant.ofEpochMilli(100 * H),
                java.time.Instant.ofEpochMilli(200 * H)).add(key, 3 * H, 38_600).build();

        var st = PriceStatistics.all(history, Double.NaN).get(0);

        assertThat(history.series().get(0).time(0)).as("the step starts at the window's start").isEqualTo(100 * H);
        assertThat(st.latestTime()).as("the price was set at 3 h, not at the start").isEqualTo(3 * H);
        var merged = new PriceHistory.Builder(history.start(), history.end()).addAll(history).build();
        assertThat(merged.series().get(0).setAt(0)).isEqualTo(3 * H);
    }

    @Test
    void exactlyHalfTheTimeAtAPriceMakesItTheMedian() {
        var st = PriceStatistics.of(StepReductionTest.series(0, 1, 2 * H, 3), 0, 4 * H, Double.NaN);

        assertThat(st.p50()).isEqualTo(1);
        assertThat(st.p95()).isEqualTo(3);
        assertThat(st.shareAtOrBelow()).as("no maximum price set").isNaN();
    }

    @Test
    void aSinglePoint() {
        var st = PriceStatistics.of(StepReductionTest.series(0, 5), 0, 10 * H, 4.0);

        assertThat(st.latest()).isEqualTo(5);
        assertThat(st.min()).isEqualTo(5);
        assertThat(st.mean()).isEqualTo(5);
        assertThat(st.p50()).isEqualTo(5);
        assertThat(st.p95()).isEqualTo(5);
        assertThat(st.max()).isEqualTo(5);
        assertThat(st.volatility()).isZero();
        assertThat(st.shareAtOrBelow()).isZero();
    }

    @Test
    void theWindowStartingMidStepCountsOnlyTheRestOfThatStep() {
        var s = StepReductionTest.series(0, 1, H, 3);

        var st = PriceStatistics.of(s, H / 2, 4 * H, 1.0);

        assertThat(st.mean()).isCloseTo((0.5 * 1 + 3 * 3) / 3.5, within(EPS));
        assertThat(st.min()).isEqualTo(1);
        assertThat(st.shareAtOrBelow()).isCloseTo(0.5 / 3.5, within(EPS));
        assertThat(st.p50()).isEqualTo(3);
    }

    @Test
    void timeBeforeTheFirstPointIsLeftOut() {
        var st = PriceStatistics.of(StepReductionTest.series(2 * H, 2, 3 * H, 4), 0, 4 * H, 3.0);

        assertThat(st.mean()).isCloseTo(3, within(EPS));
        assertThat(st.shareAtOrBelow()).isEqualTo(0.5);
    }

    @Test
    void aPriceSetExactlyAtTheEndIsTheLatestButHeldNoTime() {
        var st = PriceStatistics.of(StepReductionTest.series(0, 1, 4 * H, 5), 0, 4 * H, Double.NaN);

        assertThat(st.latest()).isEqualTo(5);
        assertThat(st.latestTime()).isEqualTo(4 * H);
        assertThat(st.max()).isEqualTo(5);
        assertThat(st.mean()).isEqualTo(1);
        assertThat(st.p95()).isEqualTo(1);
    }

    @Test
    void aWindowWithoutDurationTakesThePriceInEffect() {
        var st = PriceStatistics.of(StepReductionTest.series(0, 1, H, 3), 2 * H, 2 * H, 3.0);

        assertThat(st.mean()).isEqualTo(3);
        assertThat(st.p50()).isEqualTo(3);
        assertThat(st.volatility()).isZero();
        assertThat(st.shareAtOrBelow()).isEqualTo(1);
    }

    @Test
    void noPriceInTheWindowGivesNaNs() {
        for (var st : new PriceStatistics[] {
            PriceStatistics.of(StepReductionTest.series(), 0, H, 1.0),
            PriceStatistics.of(StepReductionTest.series(2 * H, 1), 0, H, 1.0),
        }) {
            assertThat(st.hasData()).isFalse();
            assertThat(st.latestTime()).isEqualTo(Long.MIN_VALUE);
            assertThat(new double[] {st.latest(), st.min(), st.mean(), st.p50(), st.p95(), st.max(),
                st.volatility(), st.shareAtOrBelow()}).containsOnly(Double.NaN);
        }
        assertThatThrownBy(() -> PriceStatistics.of(StepReductionTest.series(), H, 0, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A series over a few seconds, a window around it, a maximum price (sometimes none). */
    record Case(String name, PriceSeries s, long start, long end, double myMax) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> generated() {
        var random = new Random(95_50L);
        return IntStream.range(0, 200).mapToObj(i -> {
            int n = new int[] {1, 2, 3, 5, 20, 200}[i % 6];
            long[] times = new long[n];
            int[] micros = new int[n];
            long t = random.nextInt(100);
            for (int j = 0; j < n; j++) {
                t += 1 + random.nextInt(random.nextBoolean() ? 5 : 80);
                times[j] = t;
                micros[j] = random.nextInt(4) == 0 ? random.nextInt(2_000_000) : 30_000 + random.nextInt(5) * 1000;
            }
            int span = (int) (t - times[0]) + 40;
            long start = times[0] - 20 + random.nextInt(span);
            long end = i % 10 == 0 ? start : start + 1 + random.nextInt(span);
            double myMax = i % 3 == 0 ? Double.NaN : (30_000 + random.nextInt(6) * 1000) / 1e6;
            var s = new PriceSeries(PriceSeriesTest.KEY, times, micros);
            return new Case("#" + i + ": " + n + " points, [" + start + ", " + end + "]", s, start, end, myMax);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void percentilesAndMeanLieWithinMinAndMax(Case k) {
        var st = PriceStatistics.of(k.s(), k.start(), k.end(), k.myMax());
        if (!st.hasData()) {
            return;
        }
        assertThat(st.p50()).isBetween(st.min(), st.max());
        assertThat(st.p95()).isBetween(st.p50(), st.max());
        assertThat(st.mean()).isBetween(st.min(), st.max());
        assertThat(st.volatility()).isBetween(0.0, (st.max() - st.min()) / 2 + EPS);
        if (!Double.isNaN(k.myMax())) {
            assertThat(st.shareAtOrBelow()).isBetween(0.0, 1.0);
        }
    }

    /** The reference samples the price at every millisecond of [start, end) and counts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void matchesMillisecondSampling(Case k) {
        var s = k.s();
        var st = PriceStatistics.of(s, k.start(), k.end(), k.myMax());
        double atEnd = s.priceAt(k.end());
        if (Double.isNaN(atEnd)) {
            assertThat(st.hasData()).isFalse();
            return;
        }
        double[] samples = millisecondSamples(s, k.start(), k.end());
        if (samples.length == 0) { // no duration: the price at the end stands for the window
            samples = new double[] {atEnd};
        }
        Arrays.sort(samples);
        int count = samples.length;
        double mean = Arrays.stream(samples).average().orElseThrow();
        double variance = Arrays.stream(samples).map(p -> (p - mean) * (p - mean)).sum() / count;

        assertThat(st.latest()).isEqualTo(atEnd);
        assertThat(st.latestTime()).isEqualTo(s.time(s.indexAtOrBefore(k.end())));
        assertThat(st.min()).isEqualTo(Math.min(samples[0], atEnd));
        assertThat(st.max()).isEqualTo(Math.max(samples[count - 1], atEnd));
        assertThat(st.mean()).isCloseTo(mean, within(1e-9));
        assertThat(st.volatility()).isCloseTo(Math.sqrt(variance), within(1e-9));
        // Smallest sample with at least half (95%) of the samples at or below it.
        assertThat(st.p50()).isEqualTo(samples[(count + 1) / 2 - 1]);
        assertThat(st.p95()).isEqualTo(samples[(19 * count + 19) / 20 - 1]);
        if (Double.isNaN(k.myMax())) {
            assertThat(st.shareAtOrBelow()).isNaN();
        } else {
            long below = Arrays.stream(samples).filter(p -> p <= k.myMax()).count();
            assertThat(st.shareAtOrBelow()).isCloseTo(below / (double) count, within(1e-12));
        }
    }

    /** The price at every millisecond of [start, end), skipping the time before the first point. */
    static double[] millisecondSamples(PriceSeries s, long start, long end) {
        return LongStream.range(start, end).mapToDouble(s::priceAt).filter(p -> !Double.isNaN(p)).toArray();
    }
}
