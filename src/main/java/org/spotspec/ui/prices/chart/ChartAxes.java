package org.spotspec.ui.prices.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spotspec.prices.PriceFormat;

/** Tick positions and labels for the price and time axes, readable at any zoom. */
final class ChartAxes {
    /** Time steps the axis may use, from a minute to a month. */
    private static final long[] TIME_STEPS = {
        60_000L, 5 * 60_000L, 15 * 60_000L, 30 * 60_000L, 3_600_000L, 3 * 3_600_000L, 6 * 3_600_000L,
        12 * 3_600_000L, 86_400_000L, 2 * 86_400_000L, 7 * 86_400_000L, 14 * 86_400_000L, 30 * 86_400_000L};

    record Tick(double position, String label) {
    }

    private ChartAxes() {
    }

    /** About {@code count} price ticks at 1, 2 or 5 times a power of ten. */
    static List<Tick> priceTicks(ChartViewport v, int count) {
        double raw = (v.p1() - v.p0()) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : raw / magnitude < 7.5 ? 5 : 10);
        int decimals = decimalsFor(step);
        var ticks = new ArrayList<Tick>();
        for (double p = Math.ceil(v.p0() / step) * step; p <= v.p1() + step * 1e-9; p += step) {
            ticks.add(new Tick(v.y(p), PriceFormat.dollars(Math.abs(p) < step * 1e-6 ? 0 : p, decimals)));
        }
        return ticks;
    }

    /**
     * As many decimals as the step has (cents at least, six at most: EC2's precision), so
     * labels read $0.20, $0.25 zoomed out and $0.038410 zoomed right in.
     */
    static int decimalsFor(double step) {
        int needed = (int) Math.ceil(-Math.log10(step) - 1e-9);
        return Math.min(PriceFormat.DECIMALS, Math.max(2, needed));
    }

    /** Time ticks in local time at a step that gives about {@code count} of them. */
    static List<Tick> timeTicks(ChartViewport v, int count, ZoneId zone) {
        long span = v.t1() - v.t0();
        long step = TIME_STEPS[TIME_STEPS.length - 1];
        for (long candidate : TIME_STEPS) {
            if (span / candidate <= count) {
                step = candidate;
                break;
            }
        }
        var format = formatFor(step);
        var ticks = new ArrayList<Tick>();
        for (long t = firstTick(v.t0(), step, zone); t <= v.t1(); t = next(t, step, zone)) {
            if (t >= v.t0()) {
                ticks.add(new Tick(v.x(t), format.format(Instant.ofEpochMilli(t).atZone(zone))));
            }
        }
        return ticks;
    }

    /** Ticks fall on round local times: whole hours, midnights, Mondays are not required. */
    private static long firstTick(long t0, long step, ZoneId zone) {
        var start = Instant.ofEpochMilli(t0).atZone(zone);
        ZonedDateTime base = step >= 86_400_000L ? start.truncatedTo(ChronoUnit.DAYS)
                : start.truncatedTo(ChronoUnit.HOURS);
        long t = base.toInstant().toEpochMilli();
        while (t < t0) {
            t = next(t, step, zone);
        }
        return t;
    }

    private static long next(long t, long step, ZoneId zone) {
        if (step >= 86_400_000L) {
            // Whole days in local time, so daylight-saving changes keep ticks on midnight.
            return Instant.ofEpochMilli(t).atZone(zone).plusDays(step / 86_400_000L).toInstant().toEpochMilli();
        }
        return t + step;
    }

    private static DateTimeFormatter formatFor(long step) {
        if (step >= 86_400_000L) {
            return DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        }
        return step >= 3_600_000L ? DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    }
}
