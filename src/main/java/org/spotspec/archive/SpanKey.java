package org.spotspec.archive;

import java.util.Objects;
import org.spotspec.prices.SeriesKey;

/**
 * What a fetch covers: an instance type's prices for one product in every zone of one region
 * (DescribeSpotPriceHistory is asked per region, type and product; the zones come with the answer).
 */
public record SpanKey(String region, String instanceType, String product) implements Comparable<SpanKey> {
    public SpanKey {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(instanceType, "instanceType");
        Objects.requireNonNull(product, "product");
    }

    public static SpanKey of(SeriesKey series) {
        return new SpanKey(series.region(), series.instanceType(), series.product());
    }

    @Override
    public int compareTo(SpanKey o) {
        int c = region.compareTo(o.region);
        c = c != 0 ? c : instanceType.compareTo(o.instanceType);
        return c != 0 ? c : product.compareTo(o.product);
    }
}
