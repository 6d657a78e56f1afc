package org.spotspec.prices;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The spot price history of one {@link SeriesKey}: a step function whose price holds from each
 * point until the next one.
 *
 * <p>Points live in two primitive columns (epoch milliseconds, micro-dollars per hour) rather
 * than one object per point, so a million points cost 12 MB instead of tens. Times are strictly
 * ascending. Instances are immutable; {@link PriceHistory.Builder} makes them.
 */
public final class PriceSeries {
    private static final int MICROS_PER_DOLLAR = 1_000_000;

    private final SeriesKey key;
    private final long[] times;
    private final int[] micros;
    /** When the first point's price was really set, if before its time; else {@link #NOT_MOVED}. */
    private final long firstSetAt;

    /** {@code firstSetAt} of a series whose first point is where its price was set. */
    static final long NOT_MOVED = Long.MIN_VALUE;

    PriceSeries(SeriesKey key, long[] times, int[] micros) {
        this(key, times, micros, NOT_MOVED);
    }

    /**
     * Takes ownership of the arrays (no copy, so callers pass arrays trimmed to size and never
     * touch them again). The invariants are checked once here so readers can rely on them.
     */
    PriceSeries(SeriesKey key, long[] times, int[] micros, long firstSetAt) {
        if (key == null || times.length != micros.length) {
            throw new IllegalArgumentException("need a key and columns of equal length");
        }
        for (int i = 0; i < times.length; i++) {
            if (micros[i] < 0) {
                throw new IllegalArgumentException("negative price at index " + i);
            }
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("times not strictly ascending at index " + i);
            }
        }
        if (firstSetAt != NOT_MOVED && (times.length == 0 || firstSetAt >= times[0])) {
            throw new IllegalArgumentException("the first price must be set before its point");
        }
        this.key = key;
        this.times = times;
        this.micros = micros;
        this.firstSetAt = firstSetAt;
    }

    /**
     * Parses a price as DescribeSpotPriceHistory reports it ({@code "0.038400"}) into exact
     * micro-dollars. Going through {@code double} would turn 0.0384 into 38399.99….
     *
     * @throws IllegalArgumentException if the text is not a non-negative decimal with at most six
     *     significant decimals that fits in an {@code int} (≤ 2147.483647 $/h)
     */
    public static int toMicros(String decimalPrice) {
        if (decimalPrice == null) {
            throw new IllegalArgumentException("no price");
        }
        try {
            var value = new BigDecimal(decimalPrice);
            if (value.signum() < 0) {
                throw new IllegalArgumentException("negative price: " + decimalPrice);
            }
            // intValueExact rejects both a seventh significant decimal and overflow.
            return value.movePointRight(6).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a spot price: " + decimalPrice, e);
        }
    }

    /** Micro-dollars to dollars; the result is the double nearest the exact decimal price. */
    public static double toDollars(int micros) {
        return micros / (double) MICROS_PER_DOLLAR;
    }

    public SeriesKey key() {
        return key;
    }

    public int size() {
        return times.length;
    }

    public boolean isEmpty() {
        return times.length == 0;
    }

    /** Time of point {@code i}, epoch milliseconds. */
    public long time(int i) {
        return times[i];
    }

    /**
     * When the price of point {@code i} was set: its time, except for a first point that carries
     * the price already in effect at the window's start (DescribeSpotPriceHistory returns the
     * last change before StartTime), which was set earlier, possibly weeks before.
     */
    public long setAt(int i) {
        return i == 0 && firstSetAt != NOT_MOVED ? firstSetAt : times[i];
    }

    /** Price of point {@code i} in micro-dollars per hour. */
    public int micros(int i) {
        return micros[i];
    }

    /** Price of point {@code i} in dollars per hour. */
    public double price(int i) {
        return toDollars(micros[i]);
    }

    /** Index of the last point at or before {@code t}, i.e. the one in effect at t; -1 if none. */
    public int indexAtOrBefore(long t) {
        int found = Arrays.binarySearch(times, t);
        // A miss returns -(insertion point) - 1; the point before the insertion point is in effect.
        return found >= 0 ? found : -found - 2;
    }

    /** First index in [from, to) whose time is at or after {@code t}; {@code to} if none. */
    int firstAtOrAfter(double t, int from, int to) {
        // Zoomed in, a pixel column holds a few points: look at those first, search the rest.
        int probeEnd = Math.min(to, from + 8);
        int lo = from;
        while (lo < probeEnd && times[lo] < t) {
            lo++;
        }
        if (lo < probeEnd || lo == to) {
            return lo;
        }
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Lowest price in micro-dollars among points [from, to); {@code Integer.MAX_VALUE} if none. */
    int minMicros(int from, int to) {
        int lo = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, micros[i]);
        }
        return lo;
    }

    /** Highest price in micro-dollars among points [from, to); {@code Integer.MIN_VALUE} if none. */
    int maxMicros(int from, int to) {
        int hi = Integer.MIN_VALUE;
        for (int i = from; i < to; i++) {
            hi = Math.max(hi, micros[i]);
        }
        return hi;
    }

    /**
     * Price in effect at {@code t} in dollars per hour, NaN before the first point. The series
     * does not know where its history ends, so after the last point this is the last price.
     */
    public double priceAt(long t) {
        int i = indexAtOrBefore(t);
        return i < 0 ? Double.NaN : price(i);
    }

    /** @throws NoSuchElementException if the series is empty */
    public long firstTime() {
        requireNotEmpty();
        return times[0];
    }

    /** @throws NoSuchElementException if the series is empty */
    public long lastTime() {
        requireNotEmpty();
        return times[times.length - 1];
    }

    /** Bytes held by the two columns and their headers: what a point really costs. */
    long retainedBytes() {
        // 16-byte array headers, 32 bytes for this object's header and fields.
        return 16L + 8L * times.length + 16L + 4L * micros.length + 32L;
    }

    private void requireNotEmpty() {
        if (times.length == 0) {
            throw new NoSuchElementException("empty series " + key.label());
        }
    }

    @Override
    public String toString() {
        return "PriceSeries[" + key.label() + ", " + times.length + " points]";
    }
}
