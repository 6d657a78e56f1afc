package org.spotspec.watch;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.spotspec.prices.PriceFormat;
import org.spotspec.prices.PriceQuery;
import org.spotspec.watch.PriceAlertRule.Condition;

/**
 * The text form of {@link PriceAlertRule} and the checks of its parts. Every failure is an
 * {@link IllegalArgumentException} whose message names the part that is wrong: users type these
 * on a command line and in a settings field.
 */
final class PriceAlertSyntax {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    /** After the region: a letter (us-east-1a), or a local or Wavelength zone's suffix (us-east-1-bos-1a). */
    private static final Pattern ZONE_SUFFIX = Pattern.compile("[a-z]|-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LINE = Pattern.compile("([<>])\\$?(\\d{1,12}(?:\\.\\d{1,12})?|\\.\\d{1,12})");
    private static final Pattern RISE = Pattern.compile("\\+(\\d{1,7}(?:\\.\\d{1,7})?)%/(\\d{1,7})([mhd])");
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(10_000);
    private static final Duration LONGEST_WINDOW = Duration.ofDays(90);

    private PriceAlertSyntax() {
    }

    static PriceAlertRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The alert is empty. Write it as " + PriceAlertRule.FORM + ".");
        }
        try {
            return parseParts(text.strip().split(",", -1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Alert '" + shown(text) + "': " + e.getMessage() + ". Write it as "
                    + PriceAlertRule.FORM + ".", e);
        }
    }

    static List<PriceAlertRule> parseAll(String text) {
        if (text == null) {
            return List.of();
        }
        var rules = new ArrayList<PriceAlertRule>();
        for (var part : text.split(";")) {
            if (!part.isBlank()) {
                rules.add(parse(part));
            }
        }
        return List.copyOf(rules);
    }

    private static PriceAlertRule parseParts(String[] parts) {
        if (parts.length < 3 || parts.length > 5) {
            throw new IllegalArgumentException("it has " + parts.length + " part" + (parts.length == 1 ? "" : "s")
                    + " separated by commas, an alert has 3 to 5");
        }
        var regions = Arrays.stream(parts[1].split("\\+", -1)).toList();
        var checkedRegions = regions(regions);
        String zone = "";
        String product = null;
        for (int i = 2; i < parts.length - 1; i++) {
            var part = parts[i].strip();
            var asProduct = canonicalProduct(part);
            if (asProduct != null) {
                requireFirst(product == null, "product", part);
                product = asProduct;
            } else if (looksLikeZone(part)) {
                requireFirst(zone.isEmpty(), "zone", part);
                zone = part;
            } else {
                throw new IllegalArgumentException("'" + shown(part) + "' is neither a zone of "
                        + String.join(" or ", checkedRegions) + " (e.g. " + checkedRegions.get(0) + "a) nor a product ("
                        + String.join(", ", PriceQuery.PRODUCTS) + ")");
            }
        }
        var condition = parts[parts.length - 1].replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return rule(parts[0], checkedRegions, zone, product, condition);
    }

    private static void requireFirst(boolean first, String what, String part) {
        if (!first) {
            throw new IllegalArgumentException("'" + shown(part) + "' is a second " + what + "; an alert has one");
        }
    }

    private static PriceAlertRule rule(String type, List<String> regions, String zone, String product, String condition) {
        if (condition.equals(">max")) {
            return new PriceAlertRule(type, regions, zone, product, Condition.ABOVE_MAX_PRICE, null, null);
        }
        var line = LINE.matcher(condition);
        if (line.matches()) {
            var kind = line.group(1).equals(">") ? Condition.ABOVE : Condition.BELOW;
            return new PriceAlertRule(type, regions, zone, product, kind, new BigDecimal(line.group(2)), null);
        }
        var rise = RISE.matcher(condition);
        if (rise.matches()) {
            long n = Long.parseLong(rise.group(2));
            var window = switch (rise.group(3)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return new PriceAlertRule(type, regions, zone, product, Condition.RISE, new BigDecimal(rise.group(1)), window);
        }
        throw new IllegalArgumentException("'" + shown(condition) + "' is not a condition: use >0.05 (above a price),"
                + " <0.03 (below), >max (above your max price) or +20%/1h (a rise of 20 % within 1 hour; m, h or d)");
    }

    static String instanceType(String type) {
        var t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (!TYPE.matcher(t).matches()) {
            throw new IllegalArgumentException(t.isEmpty() ? "the instance type is missing (e.g. m5.large)"
                    : "'" + shown(t) + "' is not an instance type (e.g. m5.large)");
        }
        return t;
    }

    static List<String> regions(List<String> regions) {
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("the region is missing (e.g. us-east-1, or us-east-1+eu-west-1)");
        }
        var result = new ArrayList<String>();
        for (var r : regions) {
            var region = r == null ? "" : r.strip().toLowerCase(Locale.ROOT);
            if (!REGION.matcher(region).matches()) {
                throw new IllegalArgumentException(region.isEmpty() ? "a region is missing (regions are separated by +)"
                        : "'" + shown(region) + "' is not a region (e.g. us-east-1)");
            }
            if (!result.contains(region)) {
                result.add(region);
            }
        }
        return List.copyOf(result);
    }

    static String zone(String zone, List<String> regions) {
        var z = zone == null ? "" : zone.strip().toLowerCase(Locale.ROOT);
        if (z.isEmpty()) {
            return "";
        }
        if (regions.size() != 1) {
            throw new IllegalArgumentException("the zone " + shown(z) + " needs exactly one region, not "
                    + String.join("+", regions));
        }
        var region = regions.get(0);
        if (!z.startsWith(region) || !ZONE_SUFFIX.matcher(z.substring(region.length())).matches()) {
            throw new IllegalArgumentException("'" + shown(z) + "' is not a zone of " + region + " (e.g. " + region + "a)");
        }
        return z;
    }

    static String product(String product) {
        if (product == null || product.isBlank()) {
            return PriceAlertRule.DEFAULT_PRODUCT;
        }
        var canonical = canonicalProduct(product.strip());
        if (canonical == null) {
            throw new IllegalArgumentException("'" + shown(product) + "' is not a product ("
                    + String.join(", ", PriceQuery.PRODUCTS) + ")");
        }
        return canonical;
    }

    static BigDecimal value(Condition condition, BigDecimal value) {
        if (condition == Condition.ABOVE_MAX_PRICE) {
            if (value != null && value.signum() != 0) {
                throw new IllegalArgumentException(">max takes its price when checked, not " + value.toPlainString());
            }
            return BigDecimal.ZERO;
        }
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(condition == Condition.RISE ? "the rise must be more than 0 %"
                    : "the price must be more than $0");
        }
        var v = value.stripTrailingZeros();
        v = v.scale() < 0 ? v.setScale(0) : v;
        if (condition == Condition.RISE) {
            if (v.compareTo(MAX_PERCENT) > 0 || v.scale() > 2) {
                throw new IllegalArgumentException("a rise of " + v.toPlainString() + " % is not in 0.01 to 10000 %");
            }
            return v;
        }
        if (v.scale() > PriceFormat.DECIMALS || v.movePointRight(PriceFormat.DECIMALS).compareTo(
                BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("$" + v.toPlainString() + " is not a spot price (at most six decimals,"
                    + " at most $2147.483647)");
        }
        return v;
    }

    static Duration window(Condition condition, Duration window) {
        if (condition != Condition.RISE) {
            if (window != null && !window.isZero()) {
                throw new IllegalArgumentException("only a rise (+20%/1h) has a window");
            }
            return Duration.ZERO;
        }
        if (window == null || window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(LONGEST_WINDOW) > 0
                || window.getNano() != 0 || window.getSeconds() % 60 != 0) {
            throw new IllegalArgumentException("the window must be whole minutes from 1m to 90d (e.g. 30m, 1h, 7d)");
        }
        return window;
    }

    private static String canonicalProduct(String typed) {
        return PriceQuery.PRODUCTS.stream().filter(p -> p.equalsIgnoreCase(typed)).findFirst().orElse(null);
    }

    private static boolean looksLikeZone(String part) {
        var p = part.toLowerCase(Locale.ROOT);
        return p.length() > 1 && Character.isLetter(p.charAt(p.length() - 1)) && p.matches("[a-z]{2}-[a-z0-9-]+");
    }

    /** User text as a message shows it: cut when long, control characters made visible. */
    private static String shown(String text) {
        var cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
