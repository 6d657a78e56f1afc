package org.spotspec.pricedata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;
import org.spotspec.aws.SpotPriceService.FetchResult;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;

/**
 * What to fetch for a query: its keys' missing spans, grouped so keys lacking the same span are
 * fetched by one DescribeSpotPriceHistory query per region (all types and products at once, the
 * regions in parallel) instead of one per key.
 */
final class SyncPlan {
    private static final Comparator<Span> BY_TIME = Comparator.comparing(Span::from).thenComparing(Span::to);

    /** One query: a span, the keys that lack it, and the zones asked for (none: every zone). */
    record Step(Span span, List<SpanKey> keys, List<String> zones) {

        /** This step for one region's keys only. */
        Step forRegion(String region) {
            return new Step(span, keys.stream().filter(k -> k.region().equals(region)).toList(), zones);
        }

        List<String> regions() {
            return keys.stream().map(SpanKey::region).distinct().toList();
        }

        /** The query for the keys of regions that have not failed yet; empty when none are left. */
        Optional<PriceQuery> without(Collection<String> failedRegions) {
            var left = keys.stream().filter(k -> !failedRegions.contains(k.region())).toList();
            if (left.isEmpty()) {
                return Optional.empty();
            }
            var regions = left.stream().map(SpanKey::region).distinct().toList();
            var zonesLeft = zones.stream().filter(z -> regions.stream().anyMatch(r -> inRegion(z, r))).toList();
            return Optional.of(new PriceQuery(regions, left.stream().map(SpanKey::instanceType).distinct().toList(),
                    left.stream().map(SpanKey::product).distinct().toList(), zonesLeft, span.from(), span.to()));
        }

        /**
         * The keys the fetch covered in every zone: not those of a failed region, not those of a
         * region asked for some zones only, and none when it was cancelled.
         */
        List<SpanKey> covered(FetchResult result) {
            if (result.cancelled()) {
                return List.of();
            }
            return keys.stream().filter(k -> !result.failedRegions().containsKey(k.region()))
                    .filter(k -> zones.stream().noneMatch(z -> inRegion(z, k.region()))).toList();
        }
    }

    private SyncPlan() {
    }

    /** Every (region, type, product) the query names. */
    static List<SpanKey> keys(PriceQuery query) {
        var keys = new ArrayList<SpanKey>();
        for (var region : query.regions().stream().distinct().toList()) {
            for (var type : query.instanceTypes().stream().distinct().toList()) {
                for (var product : query.products().stream().distinct().toList()) {
                    keys.add(new SpanKey(region, type, product));
                }
            }
        }
        return keys;
    }

    /** The steps that fill the query's keys over [from, to], oldest span first. */
    static List<Step> of(PriceArchive store, PriceQuery query, Instant from, Instant to) {
        var bySpan = new TreeMap<Span, List<SpanKey>>(BY_TIME);
        for (var key : keys(query)) {
            // A key asked for some zones is never marked covered, so the archive cannot say what it
            // lacks: its whole range is fetched (the stored points are kept once).
            boolean someZones = query.availabilityZones().stream().anyMatch(z -> inRegion(z, key.region()));
            var spans = someZones ? List.of(new Span(from, to)) : store.missing(key, from, to);
            for (var span : spans) {
                if (span.from().isBefore(span.to())) {
                    bySpan.computeIfAbsent(span, s -> new ArrayList<>()).add(key);
                }
            }
        }
        var steps = new ArrayList<Step>();
        bySpan.forEach((span, keys) -> steps.add(new Step(span, keys, query.availabilityZones())));
        return steps;
    }

    /** Adds the records of each region in {@code history} to {@code counts}. */
    static void countByRegion(PriceHistory history, Map<String, Long> counts) {
        for (var s : history.series()) {
            counts.merge(s.key().region(), (long) s.size(), Long::sum);
        }
    }

    /** Whether zone {@code zone} lies in {@code region}: eu-west-1a does, ap-southeast-10a not in ap-southeast-1. */
    static boolean inRegion(String zone, String region) {
        return zone.length() > region.length() && zone.startsWith(region)
                && !Character.isDigit(zone.charAt(region.length()));
    }
}
