package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spotspec.prices.PriceHistoryTest.A;
import static org.spotspec.prices.PriceHistoryTest.END;
import static org.spotspec.prices.PriceHistoryTest.START;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link PriceHistory.Builder#addAll(SeriesKey, long[], int[], int)}: the price archive's way in. */
class PriceHistoryBulkAddTest {
    @Test
    void columnsAddedAtOnceBuildTheSameSeriesAsPointByPoint() {
        // In order (the archive's reads: the sort is skipped), and out of order with a duplicate time.
        long[] times = {START - 5, START + 10, START + 10, START + 20, START - 100, START + 15};
        int[] micros = {100, 200, 201, 300, 50, 250};
        for (int count : new int[] {4, 6}) {
            var bulk = new PriceHistory.Builder(Instant.ofEpochMilli(START), Instant.ofEpochMilli(END));
            var single = new PriceHistory.Builder(Instant.ofEpochMilli(START), Instant.ofEpochMilli(END));
            bulk.addAll(A, times, micros, count);
            for (int i = 0; i < count; i++) {
                single.add(A, times[i], micros[i]);
            }
            var expected = single.build().find(A).orElseThrow();
            assertThat(bulk.build().find(A).orElseThrow()).usingRecursiveComparison().isEqualTo(expected);
        }
        assertThatThrownBy(() -> new PriceHistory.Builder(Instant.ofEpochMilli(START), Instant.ofEpochMilli(END))
                .addAll(A, new long[] {START}, new int[] {-1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
