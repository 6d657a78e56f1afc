package org.spotspec.model.prices;

import java.util.List;
import java.util.stream.Collectors;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.prices.PriceStatistics;

/** A finished fetch with its statistics, computed in the background before the view sees it. */
record Fetched(SpotPriceService.FetchResult result, List<PriceStatistics> statistics) {

    static Fetched of(SpotPriceService.FetchResult result, double myMaxPrice) {
        return new Fetched(result, PriceStatistics.all(result.history(), myMaxPrice));
    }

    String failureText() {
        return result.failedRegions().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().code() + " — " + e.getValue().meaning())
                .collect(Collectors.joining("\n"));
    }

    String summary() {
        var h = result.history();
        var text = String.format("%,d prices in %d series", h.pointCount(), h.series().size());
        if (result.cancelled()) {
            return "Cancelled · showing what arrived: " + text;
        }
        return result.failedRegions().isEmpty() ? text
                : text + " · " + result.failedRegions().size() + " region(s) failed";
    }
}
