package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The span arithmetic behind missing() and gaps(), at its edges. */
class SpanMathTest {
    private static final List<long[]> SPANS = List.of(new long[] {10, 20}, new long[] {30, 40});

    @Test
    void missingIsWhatNoSpanCoversInsideTheQuery() {
        assertThat(SpanMath.missing(SPANS, 0, 50)).containsExactly(new long[] {0, 10}, new long[] {20, 30},
                new long[] {40, 50});
        assertThat(SpanMath.missing(SPANS, 12, 38)).containsExactly(new long[] {20, 30});
        assertThat(SpanMath.missing(SPANS, 10, 20)).isEmpty();
        assertThat(SpanMath.missing(SPANS, 15, 15)).isEmpty();
        assertThat(SpanMath.missing(SPANS, 25, 25)).containsExactly(new long[] {25, 25});
        assertThat(SpanMath.missing(List.of(), 5, 9)).containsExactly(new long[] {5, 9});
        assertThat(SpanMath.missing(SPANS, 20, 30)).containsExactly(new long[] {20, 30});
    }

    @Test
    void gapsAreHolesBetweenSpansOnlyClippedToTheQuery() {
        assertThat(SpanMath.gaps(SPANS, 0, 50)).containsExactly(new long[] {20, 30});
        assertThat(SpanMath.gaps(SPANS, 25, 50)).containsExactly(new long[] {25, 30});
        assertThat(SpanMath.gaps(SPANS, 0, 20)).isEmpty();
        assertThat(SpanMath.gaps(List.of(new long[] {0, 5}), 0, 50)).isEmpty();
    }
}
