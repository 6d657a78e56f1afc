package org.spotspec.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventTimesTest {
    @Test
    void instantsComeBackToTheNanosecondAndSortAsNumbers() {
        for (var t : new String[] {"2026-03-01T10:00:00.123456789Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
                "2262-04-11T23:47:16.854775807Z"}) {
            var instant = Instant.parse(t);
            assertThat(EventTimes.fromNanos(EventTimes.toNanos(instant))).isEqualTo(instant);
        }
        assertThat(EventTimes.toNanos(Instant.parse("2026-03-01T10:00:00.000000001Z")))
                .isGreaterThan(EventTimes.toNanos(Instant.parse("2026-03-01T10:00:00Z")));
    }

    @Test
    void instantsBeyondTheRangeAreClampedToItsEnds() {
        assertThat(EventTimes.toNanos(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
        assertThat(EventTimes.toNanos(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(EventTimes.toNanos(Instant.parse("1600-01-01T00:00:00Z"))).isEqualTo(Long.MIN_VALUE);
    }
}
