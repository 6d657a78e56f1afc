package org.spotspec.prices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The result of one fetch: every series with points in the window [start, end], sorted by key.
 * Each series' step starts at {@code start} if a price was already in effect then (see
 * {@link Builder#build()}), and its last price holds until {@code end}.
 */
public final class PriceHistory {
    private final Instant start;
    private final Instant end;
    private final List<PriceSeries> series;
    private final Map<SeriesKey, PriceSeries> byKey;
    private final long pointCount;

    private PriceHistory(Instant start, Instant end, List<PriceSeries> sortedSeries) {
        this.start = start;
        this.end = end;
        this.series = List.copyOf(sortedSeries);
        this.byKey = series.stream().collect(Collectors.toUnmodifiableMap(PriceSeries::key, s -> s));
        this.pointCount = series.stream().mapToLong(PriceSeries::size).sum();
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    /** The non-empty series, sorted by {@link SeriesKey}; unmodifiable. */
    public List<PriceSeries> series() {
        return series;
    }

    public long pointCount() {
        return pointCount;
    }

    public Optional<PriceSeries> find(SeriesKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Collects points as pages arrive, from several threads at once (one per region), then
     * {@link #build() builds} the history. Points are appended to per-series primitive buffers;
     * sorting and cleaning happen once, in {@code build()}.
     */
    public static final class Builder {
        private final Instant start;
        private final Instant end;
        private final Map<SeriesKey, Buffer> buffers = new ConcurrentHashMap<>();

        public Builder(Instant start, Instant end) {
            this.start = Objects.requireNonNull(start, "start");
            this.end = Objects.requireNonNull(end, "end");
            if (start.isAfter(end)) {
                throw new IllegalArgumentException("start " + start + " is after end " + end);
            }
        }

        /** Adds one point; safe to call from several threads, also for the same key. */
        public Builder add(SeriesKey key, long epochMillis, int micros) {
            Objects.requireNonNull(key, "key");
            if (micros < 0) {
                throw new IllegalArgumentException("negative price " + micros + " for " + key.label());
            }
            buffers.computeIfAbsent(key, k -> new Buffer()).append(epochMillis, micros);
            return this;
        }

        /**
         * Adds {@code count} points at once, as a reader of stored columns has them: one lookup
         * and one copy instead of one per point.
         */
        public Builder addAll(SeriesKey key, long[] epochMillis, int[] micros, int count) {
            Objects.requireNonNull(key, "key");
            for (int i = 0; i < count; i++) {
                if (micros[i] < 0) {
                    throw new IllegalArgumentException("negative price " + micros[i] + " for " + key.label());
                }
            }
            buffers.computeIfAbsent(key, k -> new Buffer()).append(epochMillis, micros, count);
            return this;
        }

        /** Adds every point of {@code other}, after the points added so far (so they win ties). */
        public Builder addAll(PriceHistory other) {
            for (var s : other.series()) {
                for (int i = 0; i < s.size(); i++) {
                    add(s.key(), s.setAt(i), s.micros(i)); // a price carried to start keeps its real time
                }
            }
            return this;
        }

        /**
         * Builds the history. Call it once all {@code add}s have returned; the builder is left
         * unchanged. For each series, this:
         * <ul>
         * <li>sorts by time (AWS sends newest first, and pages may overlap);</li>
         * <li>keeps one point per time, the one added last;</li>
         * <li>keeps, of the points before {@code start}, only the latest, moved to {@code start}
         * — DescribeSpotPriceHistory returns it as the price in effect at StartTime — with its
         * real time kept as {@link PriceSeries#setAt(int) setAt(0)}, unless a
         * point exists exactly at {@code start}, which then wins;</li>
         * <li>drops points after {@code end} (a point exactly at {@code end} stays);</li>
         * <li>trims the columns to size, so a point costs 12 bytes plus two array headers.</li>
         * </ul>
         * Series left without points are omitted.
         */
        public PriceHistory build() {
            long startMs = start.toEpochMilli();
            long endMs = end.toEpochMilli();
            var result = new ArrayList<PriceSeries>(buffers.size());
            buffers.forEach((key, buffer) -> {
                var s = buffer.toSeries(key, startMs, endMs);
                if (!s.isEmpty()) {
                    result.add(s);
                }
            });
            result.sort(Comparator.comparing(PriceSeries::key));
            return new PriceHistory(start, end, result);
        }
    }

    /** A growable pair of columns in arrival order; every access holds its monitor. */
    private static final class Buffer {
        private long[] times = new long[16];
        private int[] micros = new int[16];
        private int size;

        synchronized void append(long time, int price) {
            if (size == times.length) {
                // 1.5x keeps the slack (and the copy cost) proportional to the points held.
                int capacity = size + (size >> 1);
                times = Arrays.copyOf(times, capacity);
                micros = Arrays.copyOf(micros, capacity);
            }
            times[size] = time;
            micros[size] = price;
            size++;
        }

        synchronized void append(long[] moreTimes, int[] morePrices, int count) {
            if (size + count > times.length) {
                int capacity = Math.max(size + count, size + (size >> 1));
                times = Arrays.copyOf(times, capacity);
                micros = Arrays.copyOf(micros, capacity);
            }
            System.arraycopy(moreTimes, 0, times, size, count);
            System.arraycopy(morePrices, 0, micros, size, count);
            size += count;
        }

        synchronized PriceSeries toSeries(SeriesKey key, long startMs, long endMs) {
            int[] order = stableOrderByTime(times, size);
            long[] outTimes = new long[size];
            int[] outMicros = new int[size];
            int n = 0;
            int before = -1; // price of the latest point before start, if any
            long beforeTime = PriceSeries.NOT_MOVED;
            long firstSetAt = PriceSeries.NOT_MOVED;
            for (int r = 0; r < size; r++) {
                long t = times[order[r]];
                if (r + 1 < size && times[order[r + 1]] == t) {
                    continue; // a later-added point with the same time follows and wins
                }
                if (t < startMs) {
                    before = micros[order[r]];
                    beforeTime = t;
                    continue;
                }
                if (t > endMs) {
                    break;
                }
                if (before >= 0 && t != startMs) {
                    firstSetAt = beforeTime;
                    outTimes[n] = startMs;
                    outMicros[n++] = before;
                }
                before = -1;
                outTimes[n] = t;
                outMicros[n++] = micros[order[r]];
            }
            if (before >= 0) { // nothing in the window itself: the earlier price still holds
                firstSetAt = beforeTime;
                outTimes[n] = startMs;
                outMicros[n++] = before;
            }
            return new PriceSeries(key, Arrays.copyOf(outTimes, n), Arrays.copyOf(outMicros, n), firstSetAt);
        }
    }

    /**
     * Indices 0..n-1 sorted by time, stable so that among equal times the later-added comes
     * last. A bottom-up merge sort of ints: sorting boxed pairs would cost an object per point.
     */
    private static int[] stableOrderByTime(long[] times, int n) {
        int[] from = new int[n];
        Arrays.setAll(from, i -> i);
        if (isAscending(times, n)) {
            return from; // points read from the archive arrive in order: skip the n log n passes
        }
        int[] to = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    // Take from the right only if strictly earlier: that keeps the sort stable.
                    to[k++] = times[from[j]] < times[from[i]] ? from[j++] : from[i++];
                }
                System.arraycopy(from, i, to, k, mid - i);
                System.arraycopy(from, j, to, k + mid - i, hi - j);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private static boolean isAscending(long[] times, int n) {
        for (int i = 1; i < n; i++) {
            if (times[i] < times[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
