package org.spotspec.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.spotspec.archive.ArchiveBatch;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;

/** Fills a price archive as fetches would have: points every few hours over covered spans, through {@link PriceArchive#write}. */
public final class ArchiveFill {
    private ArchiveFill() {
    }

    /**
     * Writes a point every {@code step} over {@code span} for each zone, its price wobbling around
     * {@code base} ($/h), and marks the span covered for the zones' (region, type, product).
     */
    public static void write(PriceArchive archive, Span span, Duration step, List<SeriesKey> zones, double base) {
        var builder = new PriceHistory.Builder(span.from(), span.to());
        for (var key : zones) {
            int i = 0;
            for (Instant t = span.from(); t.isBefore(span.to()); t = t.plus(step), i++) {
                int micros = (int) Math.round((base + 0.002 * Math.sin(i / 5.0)) * 1_000_000);
                builder.add(key, t.toEpochMilli(), micros);
            }
        }
        var covered = zones.stream().map(SpanKey::of).distinct().toList();
        archive.write(new ArchiveBatch(builder.build(), covered, span.from(), span.to()));
    }
}
