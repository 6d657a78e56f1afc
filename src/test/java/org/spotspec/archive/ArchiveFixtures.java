package org.spotspec.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;

/** Batches and keys for the archive tests. */
final class ArchiveFixtures {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final SeriesKey A = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
    static final SeriesKey B = new SeriesKey("eu-west-1", "eu-west-1b", "m5.large", "Linux/UNIX");
    static final SpanKey KEY = SpanKey.of(A);

    private ArchiveFixtures() {
    }

    static Instant day(double days) {
        return T0.plusSeconds(Math.round(days * 86_400));
    }

    /**
     * A fetch of [fromDay, toDay] covering {@link #KEY}, with points of series A and B at the given
     * days (price = 1000 + index of the day in the list, so values are told apart).
     */
    static ArchiveBatch batch(double fromDay, double toDay, double... pointDays) {
        var builder = new PriceHistory.Builder(day(fromDay), day(toDay));
        for (int i = 0; i < pointDays.length; i++) {
            builder.add(A, day(pointDays[i]).toEpochMilli(), 1000 + i);
            builder.add(B, day(pointDays[i]).toEpochMilli(), 2000 + i);
        }
        return new ArchiveBatch(builder.build(), List.of(KEY), day(fromDay), day(toDay));
    }

    /** {@code count} points of series A, one a minute from {@code first} on, covering their span. */
    static ArchiveBatch minutes(Instant first, int count, int price) {
        var last = first.plus(Duration.ofMinutes(count - 1L));
        var builder = new PriceHistory.Builder(first, last);
        for (int i = 0; i < count; i++) {
            builder.add(A, first.plus(Duration.ofMinutes(i)).toEpochMilli(), price + i % 7);
        }
        return new ArchiveBatch(builder.build(), List.of(KEY), first, last);
    }

    static Span span(double fromDay, double toDay) {
        return new Span(day(fromDay), day(toDay));
    }
}
