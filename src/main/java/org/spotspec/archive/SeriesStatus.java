package org.spotspec.archive;

import java.time.Instant;
import java.util.Optional;
import org.spotspec.prices.SeriesKey;

/**
 * One stored series, as the Archive view and {@code spotspec archive status} show it.
 *
 * @param first time of the first stored point
 * @param last time of the last stored point
 * @param rows stored points
 * @param gaps holes between the covered spans of the series' (region, type, product)
 * @param lastWrite when a fetch last wrote to it; empty if never recorded
 */
public record SeriesStatus(SeriesKey key, Instant first, Instant last, long rows, int gaps,
                           Optional<Instant> lastWrite) {
}
