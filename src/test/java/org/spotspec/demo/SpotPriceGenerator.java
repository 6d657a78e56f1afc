package org.spotspec.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * Made-up but plausible spot price history for {@link LocalAws}, generated on the fly.
 *
 * <p>Everything is a pure function of absolute time: a series' price changes on day D (UTC)
 * come from a hash of the series and D, at irregular intervals of 20 min to 6 h, and the price
 * at a change from smooth multi-scale noise (slow and regional, faster per zone), a little
 * jitter and rare spikes. So the same instant always has the same price whatever window or
 * page asked for it, and a page costs one day of changes per series, not the whole history.
 *
 * <p>Records come newest first, ties by series; the last change before the window closes
 * each series, as DescribeSpotPriceHistory does. The NextToken is a cursor: the position
 * (time, series) of the last record sent.
 */
final class SpotPriceGenerator {
    /** Products reported when the request names none. */
    static final List<String> PRODUCTS = List.of("Linux/UNIX", "Red Hat Enterprise Linux", "SUSE Linux", "Windows");

    private static final long DAY = 86_400;
    private static final long MIN_GAP = 20 * 60;
    private static final long MAX_GAP = 6 * 3600;
    private static final double LARGE_PRICE = 0.036; // $/h of an m5.large-like type
    private static final Comparator<Change> NEWEST_FIRST =
            Comparator.comparingLong(Change::time).reversed().thenComparingInt(c -> c.series().index());

    /** One price series and the fixed parts of its price. */
    record Series(int index, String zone, String type, String product, long seed, long typeSeed, double base,
                  double premium) {
    }

    /** One record: a price change of {@code series} at {@code time} (epoch seconds). */
    record Change(Series series, long time) {
    }

    /** A page of records and the token for the next one; empty when this is the last page. */
    record Page(List<Change> records, String nextToken) {
    }

    private final List<Series> series = new ArrayList<>();
    private final long start;
    private final long end;

    /**
     * The history of every (zone × type × product) of {@code region} over [start, end]; times
     * after {@code now} have no history yet.
     */
    SpotPriceGenerator(String region, List<String> zones, List<String> types, List<String> products, Instant start,
                       Instant end, Instant now) {
        this.end = Math.min(end.getEpochSecond(), now.getEpochSecond());
        this.start = Math.min(start.getEpochSecond(), this.end);
        double regionFactor = 0.9 + 0.25 * unit(hash(region));
        for (var zone : zones) {
            for (var type : types) {
                for (var product : products) {
                    var plain = product.replace(" (Amazon VPC)", ""); // VPC variants cost the same
                    long seed = hash(region + '|' + zone + '|' + type + '|' + plain);
                    double base = LARGE_PRICE * units(type) * familyFactor(type) * regionFactor
                            * (0.93 + 0.14 * unit(hash(zone + '|' + type)));
                    series.add(new Series(series.size(), zone, type, product, seed, hash(region + '|' + type),
                            base, licence(plain) * 2 * units(type)));
                }
            }
        }
    }

    /** Up to {@code max} records after the token's position (null or empty: from the newest). */
    Page page(String token, int max) {
        long[] cursor = decode(token);
        var out = new ArrayList<Change>();
        long day = Math.floorDiv(cursor == null ? end : Math.min(end, cursor[0]), DAY);
        for (long firstDay = Math.floorDiv(start, DAY); day >= firstDay && out.size() <= max; day--) {
            var found = new ArrayList<Change>();
            for (var s : series) {
                for (long t : changes(s, day)) {
                    if (t >= start && t <= end && after(t, s.index(), cursor)) {
                        found.add(new Change(s, t));
                    }
                }
            }
            found.sort(NEWEST_FIRST);
            out.addAll(found);
        }
        if (out.size() <= max) { // the price in effect at the start of the window, per series
            var before = new ArrayList<Change>();
            for (var s : series) {
                long t = lastBefore(s, start);
                if (after(t, s.index(), cursor)) {
                    before.add(new Change(s, t));
                }
            }
            before.sort(NEWEST_FIRST);
            out.addAll(before);
        }
        if (out.size() <= max) {
            return new Page(out, "");
        }
        var last = out.get(max - 1);
        return new Page(List.copyOf(out.subList(0, max)), encode(last.time(), last.series().index()));
    }

    /** The price of (zone, type, product) in effect at {@code now}, as EC2 writes it. */
    static String priceAt(String region, String zone, String type, String product, Instant now) {
        var series = new SpotPriceGenerator(region, List.of(zone), List.of(type), List.of(product), now, now, now)
                .series.get(0);
        return price(series, lastBefore(series, now.getEpochSecond() + 1));
    }

    /** The price of {@code series} set at change time {@code t}, as EC2 writes it (6 decimals). */
    static String price(Series series, long t) {
        double walk = 0.16 * noise(series.typeSeed(), t, 11 * DAY) + 0.08 * noise(series.seed(), t, 2 * DAY)
                + 0.04 * noise(series.seed() + 1, t, 9 * 3600);
        long h = mix(series.seed() ^ mix(t));
        double price = series.base() * Math.exp(walk + 0.02 * (unit(h) - 0.5));
        if (unit(mix(h + 1)) < 0.006) { // a spike, gone again at the next change
            price *= 1.3 + 1.5 * unit(mix(h + 2));
        }
        long micros = Math.max(100, Math.round((price + series.premium()) * 1e6));
        long step = 1; // keep 4 significant digits, as EC2's prices have
        while (micros / step >= 10_000) {
            step *= 10;
        }
        micros = (micros + step / 2) / step * step;
        return micros / 1_000_000 + "." + String.valueOf(1_000_000 + micros % 1_000_000).substring(1);
    }

    /** The change times of {@code s} on UTC day {@code day}, ascending; never none. */
    static long[] changes(Series s, long day) {
        long dayStart = day * DAY;
        long h = mix(s.seed() ^ mix(day));
        long t = dayStart + 600 + Math.floorMod(h, 1200); // 10-30 min in: gaps across midnight stay >= 20 min
        var times = new long[(int) (DAY / MIN_GAP) + 1];
        int n = 0;
        while (t <= dayStart + DAY - 600) {
            times[n++] = t;
            h = mix(h + 0x9E3779B97F4A7C15L);
            double u = unit(h);
            t += MIN_GAP + (long) ((MAX_GAP - MIN_GAP) * u * u); // mostly short gaps, some long
        }
        return Arrays.copyOf(times, n);
    }

    private static long lastBefore(Series s, long time) {
        for (long day = Math.floorDiv(time, DAY); ; day--) {
            var times = changes(s, day);
            for (int i = times.length - 1; i >= 0; i--) {
                if (times[i] < time) {
                    return times[i];
                }
            }
        }
    }

    private static boolean after(long t, int index, long[] cursor) {
        return cursor == null || t < cursor[0] || t == cursor[0] && index > cursor[1];
    }

    private static String encode(long time, int index) {
        var text = "spotspec-local:1:" + time + ":" + index;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a token, null for none. @throws IllegalArgumentException if it is not ours */
    static long[] decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            var parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length != 4 || !parts[0].equals("spotspec-local")) {
                throw new IllegalArgumentException("not a token of ours");
            }
            return new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])};
        } catch (IllegalArgumentException e) { // also NumberFormatException
            throw new IllegalArgumentException("invalid token " + token, e);
        }
    }

    /** Size relative to a .large: nano 1/16 ... xlarge 2, 2xlarge 4, 24xlarge 48, metal 48. */
    static double units(String type) {
        var size = type.substring(type.indexOf('.') + 1);
        switch (size) {
            case "nano": return 1.0 / 16;
            case "micro": return 1.0 / 8;
            case "small": return 1.0 / 4;
            case "medium": return 1.0 / 2;
            case "large": return 1;
            case "xlarge": return 2;
            case "metal": return 48;
            default:
                try {
                    return size.endsWith("xlarge") ? 2 * Integer.parseInt(size.substring(0, size.length() - 6)) : 1;
                } catch (NumberFormatException e) {
                    return 1;
                }
        }
    }

    /** Price per size unit by family: burstable cheap, memory and GPU dear, AMD and Graviton a bit less. */
    private static double familyFactor(String type) {
        var family = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        double f = switch (family.isEmpty() ? 'm' : family.charAt(0)) {
            case 't' -> 0.7;
            case 'c' -> 0.9;
            case 'r' -> 1.3;
            case 'x', 'u' -> 2.6;
            case 'g' -> 2.4;
            case 'p' -> 9.0;
            case 'i', 'z' -> 1.5;
            default -> 1.0;
        };
        var suffix = family.replaceFirst("^[a-z]+[0-9]*", "");
        return f * (suffix.contains("a") ? 0.9 : 1) * (suffix.contains("g") ? 0.8 : 1);
    }

    /** The licence's extra $/h per vCPU-ish (2 per size unit). */
    private static double licence(String product) {
        return product.startsWith("Windows") ? 0.046 : product.startsWith("Red Hat") ? 0.013
                : product.startsWith("SUSE") ? 0.01 : 0;
    }

    /** Smooth value noise in [-1, 1]: random values at multiples of {@code period}, eased between. */
    private static double noise(long seed, long t, long period) {
        long k = Math.floorDiv(t, period);
        double f = (double) (t - k * period) / period;
        double a = 2 * unit(mix(seed ^ mix(k))) - 1;
        double b = 2 * unit(mix(seed ^ mix(k + 1))) - 1;
        return a + (b - a) * f * f * (3 - 2 * f);
    }

    /** FNV-1a over UTF-8, then mixed: stable across runs and JVMs. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash as a double in [0, 1). */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
