package org.spotspec.aws.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.spotspec.prices.PriceStatistics;

/**
 * "Where now": places (regions, or zones of them) ranked by combining their placement score with
 * their prices. Pure: no AWS, no clock. A score says whether capacity is likely there, a price what
 * it costs; capacity comes first because a cheap place that cannot launch is no place at all.
 */
public final class WhereNow {
    /** The rule in one line, for the UI and the command line to show beside the ranking. */
    public static final String EXPLANATION = "Ranked by placement score (highest first), then by the 95th-percentile "
            + "price, then by the latest price (lowest first); a place's price is that of its cheapest type and zone; "
            + "places without a score come last.";

    /** One price series' figures (one type in one zone); {@code zone} is the zone name. */
    public record PricePoint(String region, String zone, double latest, double p95) {
        /** The figures of a price series with data; empty when it had none in the range. */
        public static Optional<PricePoint> of(PriceStatistics s) {
            return s.hasData() ? Optional.of(new PricePoint(s.key().region(), s.key().availabilityZone(),
                    s.latest(), s.p95())) : Optional.empty();
        }
    }

    /**
     * A place and what is known of it.
     *
     * @param zone   the zone name, or empty for a whole region
     * @param zoneId the zone id EC2 scored, or empty
     * @param score  1–10, or null when EC2 did not score it (only its top 10 come back)
     * @param latest the lowest latest price there, or null without prices
     * @param p95    the lowest 95th-percentile price there, or null without prices
     */
    public record Place(int rank, String region, String zone, String zoneId, Integer score, Double latest, Double p95) {
    }

    private static final Comparator<Place> ORDER = Comparator
            .comparing(Place::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Place::p95, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Place::latest, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Place::region).thenComparing(Place::zone);

    private WhereNow() {
    }

    /**
     * Every scored place, and every place with prices, ranked from 1. Scores per region rank regions
     * (a region's price is its cheapest zone's); scores per zone rank zones, matched to prices by the
     * zone's name, or by id when the name is unknown.
     */
    public static List<Place> rank(List<PlacementScore> scores, List<PricePoint> prices) {
        boolean perZone = scores.stream().anyMatch(PlacementScore::perZone);
        var places = new LinkedHashMap<String, Place>();
        for (var s : scores) {
            var zone = s.perZone() ? (s.zoneName().isEmpty() ? s.zoneId() : s.zoneName()) : "";
            places.merge(key(s.region(), zone), new Place(0, s.region(), zone, s.zoneId(), s.score(), null, null),
                    WhereNow::betterScore);
        }
        for (var p : prices) {
            var zone = perZone ? p.zone() : "";
            var key = key(p.region(), zone);
            var known = places.getOrDefault(key, new Place(0, p.region(), zone, "", null, null, null));
            places.put(key, withPrice(known, p));
        }
        var sorted = new ArrayList<>(places.values());
        sorted.sort(ORDER);
        var ranked = new ArrayList<Place>();
        for (int i = 0; i < sorted.size(); i++) {
            var p = sorted.get(i);
            ranked.add(new Place(i + 1, p.region(), p.zone(), p.zoneId(), p.score(), p.latest(), p.p95()));
        }
        return ranked;
    }

    private static String key(String region, String zone) {
        return region + "/" + zone;
    }

    private static Place betterScore(Place a, Place b) {
        return a.score() >= b.score() ? a : b;
    }

    private static Place withPrice(Place p, PricePoint price) {
        return new Place(0, p.region(), p.zone(), p.zoneId(), p.score(), min(p.latest(), price.latest()),
                min(p.p95(), price.p95()));
    }

    private static Double min(Double known, double next) {
        return known == null ? next : Math.min(known, next);
    }
}
