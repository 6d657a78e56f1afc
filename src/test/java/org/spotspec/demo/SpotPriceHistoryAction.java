package org.spotspec.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spotspec.testing.AwsXml;

/** DescribeSpotPriceHistory of {@link LocalAws}: reads the request, pages {@link SpotPriceGenerator}'s records. */
final class SpotPriceHistoryAction {
    private SpotPriceHistoryAction() {
    }

    /**
     * The body of a DescribeSpotPriceHistory answer (records and nextToken) for a Query-protocol
     * request signed for {@code region}; types default to {@code allTypes}, the window to the last 90
     * days.
     */
    static String describe(Map<String, String> params, String region, List<String> allTypes, Instant now) {
        var f = new Ec2Form(params);
        var types = narrow(null, f.list("InstanceType")); // null: not asked, so all
        var products = narrow(null, f.list("ProductDescription"));
        var zones = new ArrayList<>(LocalAws.zoneNames(region));
        if (f.has("AvailabilityZone")) {
            zones.retainAll(List.of(f.get("AvailabilityZone")));
        }
        for (var filter : f.filters().entrySet()) {
            var values = filter.getValue();
            switch (filter.getKey()) {
                case "availability-zone" -> zones.retainAll(values);
                case "instance-type" -> types = narrow(types, values);
                case "product-description" -> products = narrow(products, values);
                default -> { } // filters it does not know match everything here
            }
        }
        var endTime = f.instant("EndTime");
        var end = endTime == null ? now : endTime;
        var startTime = f.instant("StartTime");
        var start = startTime == null ? end.minus(Duration.ofDays(90)) : startTime;
        var generator = new SpotPriceGenerator(region, zones, types == null ? allTypes : types,
                products == null ? SpotPriceGenerator.PRODUCTS : products, start, end, now);
        var maxResults = f.integer("MaxResults");
        int max = Math.max(1, Math.min(1000, maxResults == null ? 1000 : maxResults));
        SpotPriceGenerator.Page page;
        try {
            page = generator.page(f.get("NextToken"), max);
        } catch (IllegalArgumentException e) {
            throw Ec2Faults.badToken();
        }
        var items = new StringBuilder(220 * page.records().size() + 100);
        for (var r : page.records()) {
            var s = r.series();
            AwsXml.appendSpotPriceItem(items, s.zone(), s.type(), s.product(), SpotPriceGenerator.price(s, r.time()),
                    Instant.ofEpochSecond(r.time()));
        }
        return AwsXml.spotPriceHistory(items, page.nextToken());
    }

    /** What is left of {@code asked} (null: everything) when only {@code allowed} may be (empty: all may). */
    private static List<String> narrow(List<String> asked, List<String> allowed) {
        if (allowed.isEmpty()) {
            return asked;
        }
        return asked == null ? allowed : asked.stream().filter(allowed::contains).toList();
    }
}
