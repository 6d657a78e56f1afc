package org.spotspec.prices;

import java.time.Instant;
import java.util.List;

/**
 * What to fetch: regions, instance types, products and availability zones (empty = all zones
 * of the region) over [start, end].
 */
public record PriceQuery(List<String> regions, List<String> instanceTypes, List<String> products,
                         List<String> availabilityZones, Instant start, Instant end) {

    /** The product descriptions EC2 prices spot instances for (DescribeSpotPriceHistory). */
    public static final List<String> PRODUCTS = List.of("Linux/UNIX", "Linux/UNIX (Amazon VPC)",
            "Red Hat Enterprise Linux", "Red Hat Enterprise Linux (Amazon VPC)", "SUSE Linux",
            "SUSE Linux (Amazon VPC)", "Windows", "Windows (Amazon VPC)");

    public PriceQuery {
        regions = List.copyOf(regions);
        instanceTypes = List.copyOf(instanceTypes);
        products = List.copyOf(products);
        availabilityZones = List.copyOf(availabilityZones);
    }
}
