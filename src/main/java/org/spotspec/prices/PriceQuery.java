package org.spotspec.prices;

import java.time.Instant;
import java.util.List;

/**
 * What to fetch: regions, instance types, products and availability zones (empty = all zones
 * of the region) over [start, end].
 */
public record PriceQuery(List<String> regions, List<String> instanceTypes, List<String> products,
                         List<String> availabilityZones, Instant start, Instant end) {

    public PriceQuery {
        regions = List.copyOf(regions);
        instanceTypes = List.copyOf(instanceTypes);
        products = List.copyOf(products);
        availabilityZones = List.copyOf(availabilityZones);
    }
}
