package org.spotspec.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DescribeSpotPriceHistory of {@link LocalAws}: reads the request, pages {@link SpotPriceGenerator}'s records. */
final class SpotPriceHistoryAction {
    private SpotPriceHistoryAction() {
    }

    /**
     * The body of a DescribeSpotPriceHistory answer (records and nextToken) for a Query-protocol
     * request signed for {@code region}; types default to {@code allTypes}, the window to the last 90
     * days.
     */
    static String describe(Map<String, String> form, String region, List<String> allTypes, Instant now) {
        var types = narrow(null, list(form, "InstanceType")); // null: not asked, so all
        var products = narrow(null, list(form, "ProductDescription"));
        var zones = new ArrayList<>(List.of(region + "a", region + "b", region + "c"));
        if (form.containsKey("AvailabilityZone")) {
            zones.retainAll(List.of(form.get("AvailabilityZone")));
        }
        for (int n = 1; form.containsKey("Filter." + n + ".Name"); n++) {
            var values = list(form, "Filter." + n + ".Value");
            switch (form.get("Filter." + n + ".Name")) {
                case "availability-zone" -> zones.retainAll(values);
                case "instance-type" -> types = narrow(types, values);
                case "product-description" -> products = narrow(products, values);
                default -> { } // filters it does not know match everything here
            }
        }
        var end = instant(form, "EndTime", now);
        var start = instant(form, "StartTime", end.minus(Duration.ofDays(90)));
        var generator = new SpotPriceGenerator(region, zones, types == null ? allTypes : types,
                products == null ? SpotPriceGenerator.PRODUCTS : products, start, end, now);
        int max = Math.max(1, Math.min(1000, LocalAws.intParam(form, "MaxResults", 1000)));
        SpotPriceGenerator.Page page;
        try {
            page = generator.page(form.get("NextToken"), max);
        } catch (IllegalArgumentException e) {
            throw LocalAws.badToken();
        }
        var out = new StringBuilder(220 * page.records().size() + 100).append("<spotPriceHistorySet>");
        for (var r : page.records()) {
            var s = r.series();
            out.append("<item><availabilityZone>").append(LocalAws.xml(s.zone()))
                    .append("</availabilityZone><instanceType>").append(LocalAws.xml(s.type()))
                    .append("</instanceType><productDescription>").append(LocalAws.xml(s.product()))
                    .append("</productDescription><spotPrice>").append(SpotPriceGenerator.price(s, r.time()))
                    .append("</spotPrice><timestamp>").append(Instant.ofEpochSecond(r.time()).toString()
                            .replace("Z", ".000Z")).append("</timestamp></item>");
        }
        return out.append("</spotPriceHistorySet><nextToken>").append(page.nextToken()).append("</nextToken>")
                .toString();
    }

    /** What is left of {@code asked} (null: everything) when only {@code allowed} may be (empty: all may). */
    private static List<String> narrow(List<String> asked, List<String> allowed) {
        if (allowed.isEmpty()) {
            return asked;
        }
        return asked == null ? allowed : asked.stream().filter(allowed::contains).toList();
    }

    /** {@code name.1}, {@code name.2}, ... as the Query protocol sends a list. */
    private static List<String> list(Map<String, String> form, String name) {
        var values = new ArrayList<String>();
        for (int n = 1; form.containsKey(name + "." + n); n++) {
            values.add(form.get(name + "." + n));
        }
        return values;
    }

    private static Instant instant(Map<String, String> form, String name, Instant fallback) {
        var text = form.get(name);
        try {
            return text == null ? fallback
                    : text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new LocalAws.Fault(400, "InvalidParameterValue", "Invalid value '" + text + "' for " + name);
        }
    }
}
