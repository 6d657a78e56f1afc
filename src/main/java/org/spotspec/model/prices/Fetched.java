package org.spotspec.model.prices;

import java.util.List;
import java.util.stream.Collectors;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.pricedata.ArchiveFetchResult;
import org.spotspec.prices.PriceStatistics;

/** A finished fetch with its statistics, computed in the background before the view sees it. */
record Fetched(ArchiveFetchResult archived, List<PriceStatistics> statistics) {

    static Fetched of(ArchiveFetchResult archived, double myMaxPrice) {
        return new Fetched(archived, PriceStatistics.all(archived.result().history(), myMaxPrice));
    }

    SpotPriceService.FetchResult result() {
        return archived.result();
    }

    String failureText() {
        return result().failedRegions().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().code() + " — " + e.getValue().meaning())
                .collect(Collectors.joining("\n"));
    }

    String summary() {
        var result = result();
        var h = result.history();
        var text = String.format("%,d prices in %d series", h.pointCount(), h.series().size());
        if (archived.offline()) {
            return "Offline · from the price archive: " + text;
        }
        if (result.cancelled()) {
            return "Cancelled · showing what arrived: " + text;
        }
        return result.failedRegions().isEmpty() ? text
                : text + " · " + result.failedRegions().size() + " region(s) failed";
    }
}
