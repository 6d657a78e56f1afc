package org.spotspec.watch;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.spotspec.prices.PriceFormat;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.SeriesKey;

/**
 * A price alert the user wrote: an instance type in one or more regions (or one zone), for one
 * product, and a condition on its spot price. Written and stored as text ({@link #parse},
 * {@link #text()}): {@code m5.large,us-east-1+eu-west-1,>0.05}, {@code c5.large,us-east-1,us-east-1a,<0.03},
 * {@code m5.large,eu-west-1,Windows,>max}, {@code r5.large,us-east-1,+20%/1h}.
 *
 * @param zone   an availability zone of the (then only) region; empty for every zone
 * @param value  the line in dollars per hour (ABOVE, BELOW), the rise in percent (RISE); zero for ABOVE_MAX_PRICE
 * @param window how far back a RISE looks for the lowest price; zero for the other conditions
 */
public record PriceAlertRule(String instanceType, List<String> regions, String zone, String product,
                             Condition condition, BigDecimal value, Duration window) {
    /** The product an alert is about unless it names one, as the CLI's {@code --product} default. */
    public static final String DEFAULT_PRODUCT = "Linux/UNIX";
    /** The text form, as messages show it. */
    public static final String FORM = "TYPE,REGION[+REGION…][,ZONE][,PRODUCT],CONDITION with CONDITION >0.05 (above"
            + " a price), <0.03 (below), >max (above your max price) or +20%/1h (a rise within m, h or d),"
            + " e.g. m5.large,us-east-1,>0.05";

    /** What an alert watches for. */
    public enum Condition {
        /** The price is above {@code value} dollars per hour. */
        ABOVE,
        /** The price is below {@code value} dollars per hour. */
        BELOW,
        /** The price is above the user's max price, known only when checking (the Prices tab's, {@code --max-price}). */
        ABOVE_MAX_PRICE,
        /** The price rose {@code value} percent or more above the lowest price within {@code window}. */
        RISE
    }

    /** @throws IllegalArgumentException when a part is missing or does not fit the condition */
    public PriceAlertRule {
        Objects.requireNonNull(condition, "condition");
        instanceType = PriceAlertSyntax.instanceType(instanceType);
        regions = PriceAlertSyntax.regions(regions);
        zone = PriceAlertSyntax.zone(zone, regions);
        product = PriceAlertSyntax.product(product);
        value = PriceAlertSyntax.value(condition, value);
        window = PriceAlertSyntax.window(condition, window);
    }

    /**
     * Reads the text form {@code TYPE,REGION[+REGION…][,ZONE][,PRODUCT],CONDITION}.
     *
     * @throws IllegalArgumentException whose message says what is wrong and shows the form
     */
    public static PriceAlertRule parse(String text) {
        return PriceAlertSyntax.parse(text);
    }

    /** Rules as settings keep them, separated by {@code ;} (blank ones skipped). */
    public static List<PriceAlertRule> parseAll(String text) {
        return PriceAlertSyntax.parseAll(text);
    }

    /** The rules' texts separated by {@code ;}, as {@link #parseAll} reads them. */
    public static String textOfAll(List<PriceAlertRule> rules) {
        return String.join(";", rules.stream().map(PriceAlertRule::text).toList());
    }

    /** The text form, shortest: the default product is left out; {@code parse(text())} equals this rule. */
    public String text() {
        var sb = new StringBuilder(instanceType).append(',').append(String.join("+", regions));
        if (!zone.isEmpty()) {
            sb.append(',').append(zone);
        }
        if (!product.equals(DEFAULT_PRODUCT)) {
            sb.append(',').append(product);
        }
        return sb.append(',').append(conditionText()).toString();
    }

    /** A stable id of this rule (its text): alert states are remembered under it. */
    public String key() {
        return text();
    }

    /** For people, one line: {@code m5.large in us-east-1 (Linux/UNIX): above $0.050000/h}. */
    public String describe() {
        var where = zone.isEmpty() ? String.join(", ", regions) : zone;
        return instanceType + " in " + where + " (" + product + "): " + describeCondition();
    }

    /** The (region, type, product) keys the archive sync must keep up to date for this rule to be checked. */
    public List<PriceSyncKey> seriesToSync() {
        return regions.stream().map(r -> new PriceSyncKey(r, instanceType, product)).toList();
    }

    /** Every price series of this rule over [from, to] (every zone, unless it names one). */
    public PriceQuery query(Instant from, Instant to) {
        return new PriceQuery(regions, List.of(instanceType), List.of(product), zone.isEmpty() ? List.of() : List.of(zone),
                from, to);
    }

    /** True when {@code series} is one this rule watches. */
    public boolean covers(SeriesKey series) {
        return regions.contains(series.region()) && instanceType.equals(series.instanceType())
                && product.equals(series.product()) && (zone.isEmpty() || zone.equals(series.availabilityZone()));
    }

    /** The line in micro-dollars (ABOVE, BELOW). */
    int lineMicros() {
        return value.movePointRight(PriceFormat.DECIMALS).intValueExact();
    }

    String windowText() {
        long minutes = window.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    private String conditionText() {
        return switch (condition) {
            case ABOVE -> ">" + value.toPlainString();
            case BELOW -> "<" + value.toPlainString();
            case ABOVE_MAX_PRICE -> ">max";
            case RISE -> "+" + value.toPlainString() + "%/" + windowText();
        };
    }

    private String describeCondition() {
        return switch (condition) {
            case ABOVE -> "above " + PriceFormat.dollars(value.doubleValue()) + "/h";
            case BELOW -> "below " + PriceFormat.dollars(value.doubleValue()) + "/h";
            case ABOVE_MAX_PRICE -> "above your max price";
            case RISE -> "up " + value.toPlainString() + "% or more within " + windowText();
        };
    }
}
