package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PriceHistoryTest {
    static final SeriesKey A = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
    static final SeriesKey B = new SeriesKey("eu-west-1", "eu-west-1b", "m5.large", "Linux/UNIX");
    static final SeriesKey C = new SeriesKey("us-east-1", "us-east-1a", "c5.xlarge", "Windows");
    static final long START = 1_700_000_000_000L;
    static final long END = START + 86_400_000L;

    record Point(SeriesKey key, long time, int micros) {
    }

    @Test
    void sortsAndDeduplicatesNewestFirstPagesThatOverlap() {
        var b = builder();
        // Two pages, newest first, the second repeating the first's oldest points.
        add(b, A, START + 5000, 5, START + 4000, 4, START + 3000, 3);
        add(b, A, START + 3000, 3, START + 4000, 4, START + 2000, 2, START + 1000, 1);

        var s = b.build().find(A).orElseThrow();

        assertThat(columns(s)).containsExactly(p(START + 1000, 1), p(START + 2000, 2),
                p(START + 3000, 3), p(START + 4000, 4), p(START + 5000, 5));
    }

    @Test
    void theLastAddedWinsWhenPricesDifferAtTheSameTime() {
        var b = builder();
        add(b, A, START + 1000, 1, START + 2000, 2, START + 1000, 7, START + 2000, 2);

        assertThat(columns(b.build().find(A).orElseThrow()))
                .containsExactly(p(START + 1000, 7), p(START + 2000, 2));
    }

    @Test
    void keepsOnlyTheLatestPointBeforeStartAndMovesItToStart() {
        var b = builder();
        b.add(A, START + 500, 9);
        b.add(A, START - 300, 3);
        b.add(A, START - 100, 1);
        b.add(A, START - 200, 2);

        assertThat(columns(b.build().find(A).orElseThrow()))
                .containsExactly(p(START, 1), p(START + 500, 9));
    }

    @Test
    void aPointExactlyAtStartBeatsThoseBefore() {
        var b = builder();
        b.add(A, START - 100, 1);
        b.add(A, START, 5);
        b.add(A, START + 100, 6);

        assertThat(columns(b.build().find(A).orElseThrow()))
                .containsExactly(p(START, 5), p(START + 100, 6));
    }

    @Test
    void aPriceSetBeforeStartAndNeverChangedHoldsTheWholeWindow() {
        var b = builder();
        b.add(A, START - 100, 1);
        b.add(A, START - 50, 2);
        b.add(A, END + 1, 3);

        assertThat(columns(b.build().find(A).orElseThrow())).containsExactly(p(START, 2));
    }

    @Test
    void dropsPointsAfterEndButKeepsOneExactlyAtEnd() {
        var b = builder();
        b.add(A, START + 1, 1);
        b.add(A, END, 2);
        b.add(A, END + 1, 3);
        b.add(B, END + 1, 3);

        var h = b.build();

        assertThat(columns(h.find(A).orElseThrow()))
                .containsExactly(p(START + 1, 1), p(END, 2));
        assertThat(h.find(B)).as("a series with no point in the window is omitted").isEmpty();
        assertThat(h.pointCount()).isEqualTo(2);
    }

    @Test
    void listsSeriesByKeyAndCountsPoints() {
        var b = new PriceHistory.Builder(Instant.ofEpochMilli(START), Instant.ofEpochMilli(END));
        b.add(C, START + 1, 1).add(A, START + 2, 2).add(B, START + 3, 3).add(A, START + 4, 4);

        var h = b.build();

        assertThat(h.series()).extracting(PriceSeries::key).containsExactly(A, B, C);
        assertThat(h.pointCount()).isEqualTo(4);
        assertThat(h.start()).isEqualTo(Instant.ofEpochMilli(START));
        assertThat(h.end()).isEqualTo(Instant.ofEpochMilli(END));
        assertThat(h.find(new SeriesKey("x", "y", "z", "w"))).isEmpty();
        assertThatThrownBy(() -> h.series().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesABackwardsWindowAndNegativePrices() {
        assertThatThrownBy(() -> new PriceHistory.Builder(Instant.ofEpochMilli(END), Instant.ofEpochMilli(START)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().add(A, START, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addAllMergesAnotherFetch() {
        var first = builder();
        add(first, A, START + 1, 1, START + 3, 3);
        var second = builder();
        add(second, A, START + 2, 2, START + 3, 9);
        second.add(B, START + 5, 5);

        var merged = builder().addAll(first.build()).addAll(second.build()).build();

        assertThat(columns(merged.find(A).orElseThrow())).containsExactly(
                p(START + 1, 1), p(START + 2, 2), p(START + 3, 9));
        assertThat(merged.find(B)).isPresent();
    }

    @Test
    void retainsAtMostTwentyFourBytesPerPoint() {
        var b = builder();
        int n = 200_000;
        for (int i = n; i > 0; i--) { // newest first, as AWS sends them
            b.add(A, START + i, i % 1000);
        }

        var s = b.build().find(A).orElseThrow();

        assertThat(s.size()).isEqualTo(n);
        assertThat(s.retainedBytes()).isLessThanOrEqualTo(24L * n);
    }

    @Test
    void concurrentAddsGiveTheSameHistoryAsSequentialOnes() throws Exception {
        var points = randomPoints(new Random(42), 200_000, true);
        var sequential = builder();
        points.forEach(pt -> sequential.add(pt.key(), pt.time(), pt.micros()));

        var concurrent = builder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    go.await();
                    // Interleaved slices: all threads hit the same keys at the same time.
                    for (int i = thread; i < points.size(); i += 4) {
                        var pt = points.get(i);
                        concurrent.add(pt.key(), pt.time(), pt.micros());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertSameHistory(concurrent.build(), sequential.build());
    }

    static Stream<Arguments> randomInputs() {
        var random = new Random(20_240_607L);
        return IntStream.range(0, 60).mapToObj(i -> {
            int n = new int[] {0, 1, 2, 5, 50, 1000, 20_000}[i % 7];
            return Arguments.of(n, randomPoints(random, n, false));
        });
    }

    @ParameterizedTest(name = "{0} points")
    @MethodSource("randomInputs")
    void buildsWhatASimpleSortedMapWouldGive(int n, List<Point> points) {
        var b = builder();
        points.forEach(pt -> b.add(pt.key(), pt.time(), pt.micros()));

        var h = b.build();

        var expected = reference(points);
        assertThat(h.series()).extracting(PriceSeries::key).containsExactlyElementsOf(expected.keySet());
        for (var e : expected.entrySet()) {
            var s = h.find(e.getKey()).orElseThrow();
            var want = e.getValue().entrySet().stream().map(x -> p(x.getKey(), x.getValue())).toList();
            assertThat(columns(s)).containsExactlyElementsOf(want);
        }
        assertThat(h.pointCount()).isEqualTo(expected.values().stream().mapToLong(Map::size).sum());
    }

    /** The rules of build(), written the obvious way with a TreeMap per key. */
    static TreeMap<SeriesKey, TreeMap<Long, Integer>> reference(List<Point> points) {
        var all = new TreeMap<SeriesKey, TreeMap<Long, Integer>>();
        points.forEach(pt -> all.computeIfAbsent(pt.key(), k -> new TreeMap<>()).put(pt.time(), pt.micros()));
        var result = new TreeMap<SeriesKey, TreeMap<Long, Integer>>();
        all.forEach((key, map) -> {
            var window = new TreeMap<>(map.subMap(START, true, END, true));
            var before = map.lowerEntry(START);
            if (before != null && !window.containsKey(START)) {
                window.put(START, before.getValue());
            }
            if (!window.isEmpty()) {
                result.put(key, window);
            }
        });
        return result;
    }

    /**
     * Random points around the window, with repeats; in random, newest-first or ascending order.
     * With {@code consistent}, a time always has the same price, so any order builds the same.
     */
    static List<Point> randomPoints(Random random, int n, boolean consistent) {
        var keys = List.of(A, B, C);
        var points = new ArrayList<Point>(n);
        long span = END - START;
        for (int i = 0; i < n; i++) {
            var key = keys.get(random.nextInt(keys.size()));
            long time = START - span / 4 + (long) (random.nextDouble() * span * 1.5);
            if (random.nextInt(10) == 0 && !points.isEmpty()) {
                time = points.get(random.nextInt(points.size())).time(); // a repeat
            }
            if (random.nextInt(50) == 0) {
                time = random.nextBoolean() ? START : END;
            }
            int micros = consistent ? (int) (Math.floorMod(time * 31 + key.hashCode(), 5_000_000L))
                    : random.nextInt(5_000_000);
            points.add(new Point(key, time, micros));
        }
        switch (random.nextInt(3)) {
            case 0 -> Collections.shuffle(points, random);
            case 1 -> points.sort((x, y) -> Long.compare(y.time(), x.time()));
            default -> points.sort((x, y) -> Long.compare(x.time(), y.time()));
        }
        return points;
    }

    static void assertSameHistory(PriceHistory actual, PriceHistory expected) {
        assertThat(actual.series()).extracting(PriceSeries::key)
                .containsExactlyElementsOf(expected.series().stream().map(PriceSeries::key).toList());
        for (var s : expected.series()) {
            assertThat(columns(actual.find(s.key()).orElseThrow())).containsExactlyElementsOf(columns(s));
        }
    }

    /** The points as {time, micros} pairs, for readable assertions. */
    static List<long[]> columns(PriceSeries s) {
        return IntStream.range(0, s.size()).mapToObj(i -> p(s.time(i), s.micros(i))).toList();
    }

    static long[] p(long time, long micros) {
        return new long[] {time, micros};
    }

    static PriceHistory.Builder builder() {
        return new PriceHistory.Builder(Instant.ofEpochMilli(START), Instant.ofEpochMilli(END));
    }

    /** Adds (time, micros) pairs in the given order. */
    static void add(PriceHistory.Builder b, SeriesKey key, long... timeMicros) {
        for (int i = 0; i < timeMicros.length; i += 2) {
            b.add(key, timeMicros[i], (int) timeMicros[i + 1]);
        }
    }
}
