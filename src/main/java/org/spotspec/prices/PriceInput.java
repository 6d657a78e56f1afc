package org.spotspec.prices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Turns the Prices form into a query, or says in one sentence what is missing. */
public final class PriceInput {
    /** A query, or the reason there is none (then {@code query} is null). */
    public record Checked(PriceQuery query, String problem) {
    }

    private PriceInput() {
    }

    public static Checked query(List<String> regions, List<String> types, List<String> products, List<String> zones,
                                PriceRange range, Instant customFrom, Instant customTo, Instant now) {
        if (regions.isEmpty()) {
            return new Checked(null, "Choose at least one region.");
        }
        if (types.isEmpty()) {
            return new Checked(null, "Choose at least one instance type.");
        }
        if (products.isEmpty()) {
            return new Checked(null, "Choose at least one product.");
        }
        Instant start;
        Instant end;
        if (range == PriceRange.CUSTOM) {
            if (customFrom == null || customTo == null) {
                return new Checked(null, "Enter both the start and the end of the custom range.");
            }
            start = customFrom;
            end = customTo.isAfter(now) ? now : customTo;
            if (!start.isBefore(end)) {
                return new Checked(null, "The start must be before the end.");
            }
        } else {
            end = now;
            start = now.minus(range.length());
        }
        // No 90-day limit any more: what AWS no longer has comes from the price archive.
        var zoneNames = zones.stream().map(PriceInput::zoneName).toList();
        return new Checked(new PriceQuery(regions, types, products, zoneNames, start, end), "");
    }

    /**
     * What is wrong with custom dates as the user picks them (empty while one is still missing,
     * Fetch says so): no limit on how far back, since the archive answers beyond AWS's 90 days.
     */
    public static String customRangeProblem(Instant from, Instant to, Instant now) {
        if (from == null || to == null) {
            return "";
        }
        if (!from.isBefore(to)) {
            return "The start must be before the end.";
        }
        return from.isAfter(now) ? "The start is in the future: no prices yet." : "";
    }

    /** "eu-west-1a (euw1-az3)" → "eu-west-1a". */
    static String zoneName(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }

    /** The user's max price in $/h, NaN when the field is empty or not a price. */
    public static double parseMaxPrice(String text) {
        if (text == null || text.isBlank() || !maxPriceProblem(text).isEmpty()) {
            return Double.NaN;
        }
        return new BigDecimal(text.trim().replace("$", "")).doubleValue();
    }

    /**
     * What is wrong with a max price as typed, or empty. Short: the Prices tab keeps one line for it
     * in its narrow query column, so that a message never moves the fields below.
     */
    public static String maxPriceProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            var value = new BigDecimal(text.trim().replace("$", ""));
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                return "A price above 0, at most 10000.";
            }
            return value.scale() > 6 ? "Prices have at most 6 decimals." : "";
        } catch (NumberFormatException e) {
            return "A price in $/hour, e.g. 0.05.";
        }
    }
}
