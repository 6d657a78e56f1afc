package org.spotspec.pricedata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spotspec.aws.AwsProblem;
import org.spotspec.prices.PriceHistory;

/**
 * What bringing the archive up to date fetched: the spans, the records received per region, the
 * regions that failed, and whether it was cancelled, offline, or could not write.
 *
 * @param fetched       spans fetched and stored as covered, in fetch order
 * @param records       records received per region (stored once each: duplicates are not doubled)
 * @param failedRegions regions that failed, each with its explanation
 * @param cancelled     stopped early; what arrived before is stored
 * @param offline       no session, or every region failed to be reached (network, timeout)
 * @param writeProblem  why what was fetched could not be stored; empty when it was
 * @param unstored      what was fetched but could not be stored, to show all the same; null when all was stored
 */
public record ArchiveUpdate(List<FetchedSpan> fetched, Map<String, Long> records,
                            Map<String, AwsProblem> failedRegions, boolean cancelled, boolean offline,
                            String writeProblem, PriceHistory unstored) {
    public ArchiveUpdate {
        fetched = List.copyOf(fetched);
        records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        failedRegions = Collections.unmodifiableMap(new LinkedHashMap<>(failedRegions));
    }

    /** Records received in all regions. */
    public long totalRecords() {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }
}
