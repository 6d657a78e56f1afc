package org.spotspec.settings;

import java.util.List;

/**
 * The Prices tab's query as remembered between runs: chosen regions, instance types and
 * products, the range's name and the max price as typed. Nothing secret, nothing large.
 */
public record PriceQuerySettings(List<String> regions, List<String> instanceTypes, List<String> products,
                                 String range, String maxPrice, ScoreQuerySettings scores) {

    /** A price query with no placement score query remembered. */
    public PriceQuerySettings(List<String> regions, List<String> instanceTypes, List<String> products, String range,
                              String maxPrice) {
        this(regions, instanceTypes, products, range, maxPrice, ScoreQuerySettings.none());
    }

    public PriceQuerySettings {
        regions = regions == null ? List.of() : List.copyOf(regions);
        instanceTypes = instanceTypes == null ? List.of() : List.copyOf(instanceTypes);
        products = products == null ? List.of() : List.copyOf(products);
        range = range == null ? "" : range;
        maxPrice = maxPrice == null ? "" : maxPrice;
        scores = scores == null ? ScoreQuerySettings.none() : scores;
    }

    public static PriceQuerySettings none() {
        return new PriceQuerySettings(List.of(), List.of(), List.of(), "", "");
    }
}
