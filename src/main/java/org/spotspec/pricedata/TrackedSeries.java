package org.spotspec.pricedata;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.spotspec.archive.SpanKey;
import org.spotspec.prices.PriceQuery;

/**
 * The series the user keeps in the archive continuously: every instance type in every region
 * for every product (types × regions × products), synced at an interval while the app runs, or
 * by {@code spotspec archive sync} on a timer.
 */
public record TrackedSeries(List<String> instanceTypes, List<String> regions, List<String> products) {
    public TrackedSeries {
        instanceTypes = clean(instanceTypes);
        regions = clean(regions);
        products = clean(products);
    }

    public static TrackedSeries none() {
        return new TrackedSeries(List.of(), List.of(), List.of());
    }

    /** True when nothing would be synced: a list is empty. */
    public boolean isEmpty() {
        return instanceTypes.isEmpty() || regions.isEmpty() || products.isEmpty();
    }

    /** Every (region, type, product) tracked. */
    public List<SpanKey> keys() {
        return SyncPlan.keys(query(Instant.EPOCH));
    }

    /** The query a sync brings up to date: everything AWS still has, up to {@code now}. */
    public PriceQuery query(Instant now) {
        return new PriceQuery(regions, instanceTypes, products, List.of(), now.minus(ArchivedPrices.AWS_HISTORY), now);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }
}
