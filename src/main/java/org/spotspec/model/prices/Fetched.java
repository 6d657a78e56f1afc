package org.spotspec.model.prices;

import java.util.List;
import java.util.stream.Collectors;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceStatistics;

/** A finished fetch with its statistics, computed in the background before the view sees it. */
record Fetched(SpotPriceService.FetchResult result, List<PriceStatistics> statistics) {

    static Fetched of(SpotPriceService.FetchResult result, double myMaxPrice) {
        return new Fetched(result, statistics(result.history(), myMaxPrice));
    }

    static List<PriceStatistics> statistics(PriceHistory history, double myMaxPrice) {
        long start = history.start().toEpochMilli();
        long end = history.end().toEpochMilli();
        return history.series().stream().map(s -> PriceStatistics.of(s, start, end, myMaxPrice)).toList();
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
