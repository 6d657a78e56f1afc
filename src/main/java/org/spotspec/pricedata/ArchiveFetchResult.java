package org.spotspec.pricedata;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;
import org.spotspec.aws.SpotPriceService.FetchResult;

/**
 * A price query answered from the archive after fetching what it lacked.
 *
 * @param result         the query's whole range as stored (or, without an archive, as fetched), with
 *                       the regions that failed and whether it was cancelled, as a plain fetch says
 * @param fetched        the spans fetched from EC2 for it; empty when all came from the archive
 * @param gaps           per (region, type, product), the holes inside the range no fetch covered
 *                       (the app was not running): to draw as gaps, never as a flat line; keys
 *                       without gaps are absent
 * @param offline        no session, or EC2 could not be reached: the result is the archive's content
 * @param archiveProblem why there is no archive, or why the fetch could not be stored; empty when fine
 */
public record ArchiveFetchResult(FetchResult result, List<FetchedSpan> fetched, Map<SpanKey, List<Span>> gaps,
                                 boolean offline, String archiveProblem) {
    public ArchiveFetchResult {
        fetched = List.copyOf(fetched);
        gaps = Collections.unmodifiableMap(new TreeMap<>(gaps));
    }
}
