package org.spotspec.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.spotspec.prices.PriceHistory;

/**
 * What one fetch brought: its points, and the (region, type, product) keys whose every zone it
 * covered over [from, to]. A fetch limited to some zones covers no key (list none): its points
 * are kept, but the other zones of the key are still to be fetched.
 *
 * @param points the fetched points; a first point carried to the window's start is stored at
 *     the time its price was really set ({@code PriceSeries.setAt})
 */
public record ArchiveBatch(PriceHistory points, List<SpanKey> covered, Instant from, Instant to) {
    public ArchiveBatch {
        Objects.requireNonNull(points, "points");
        covered = List.copyOf(covered);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** A batch of the points of a fetch over the history's own window, covering {@code covered}. */
    public static ArchiveBatch of(PriceHistory points, List<SpanKey> covered) {
        return new ArchiveBatch(points, covered, points.start(), points.end());
    }
}
