package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceInputTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final List<String> ONE = List.of("x");

    @Test
    void aPresetRangeEndsNow() {
        var checked = PriceInput.query(List.of("eu-west-1"), List.of("m5.large"), List.of("Linux/UNIX"),
                List.of("eu-west-1a (euw1-az3)"), PriceRange.LAST_WEEK, null, null, NOW);
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.query().end()).isEqualTo(NOW);
        assertThat(checked.query().start()).isEqualTo(NOW.minus(Duration.ofDays(7)));
        assertThat(checked.query().availabilityZones()).containsExactly("eu-west-1a");
    }

    @Test
    void missingChoicesAreNamed() {
        assertThat(PriceInput.query(List.of(), ONE, ONE, List.of(), PriceRange.LAST_DAY, null, null, NOW).problem())
                .contains("region");
        assertThat(PriceInput.query(ONE, List.of(), ONE, List.of(), PriceRange.LAST_DAY, null, null, NOW).problem())
                .contains("instance type");
        assertThat(PriceInput.query(ONE, ONE, List.of(), List.of(), PriceRange.LAST_DAY, null, null, NOW).problem())
                .contains("product");
    }

    @Test
    void customRangesAreChecked() {
        var day = Duration.ofDays(1);
        assertThat(PriceInput.query(ONE, ONE, ONE, List.of(), PriceRange.CUSTOM, null, NOW, NOW).problem())
                .contains("both");
        assertThat(PriceInput.query(ONE, ONE, ONE, List.of(), PriceRange.CUSTOM, NOW, NOW.minus(day), NOW).problem())
                .contains("before the end");
        assertThat(PriceInput.query(ONE, ONE, ONE, List.of(), PriceRange.CUSTOM, NOW.minus(Duration.ofDays(400)),
                NOW, NOW).problem()).as("beyond AWS's 90 days, the archive answers").isEmpty();
        var future = PriceInput.query(ONE, ONE, ONE, List.of(), PriceRange.CUSTOM, NOW.minus(day),
                NOW.plus(day), NOW);
        assertThat(future.query().end()).as("the future is clamped to now").isEqualTo(NOW);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|NaN|''", "0.05|0.05|''", "$0.0384|0.0384|''", "0|NaN|above 0", "-1|NaN|above 0",
        "abc|NaN|price", "0.1234567|NaN|6 decimals", "20000|NaN|above 0"})
    void maxPrice(String text, double value, String problem) {
        assertThat(Double.valueOf(PriceInput.parseMaxPrice(text))).isEqualTo(Double.valueOf(value));
        if (problem.isEmpty()) {
            assertThat(PriceInput.maxPriceProblem(text)).isEmpty();
        } else {
            assertThat(PriceInput.maxPriceProblem(text)).contains(problem);
        }
    }

    @Test
    void customDatesAreCheckedAsPickedWithNoLimitOnHowFarBack() {
        var yearAgo = NOW.minus(java.time.Duration.ofDays(365));
        assertThat(PriceInput.customRangeProblem(yearAgo, NOW, NOW)).as("beyond AWS's 90 days: the archive").isEmpty();
        assertThat(PriceInput.customRangeProblem(null, NOW, NOW)).as("one still missing: Fetch says so").isEmpty();
        assertThat(PriceInput.customRangeProblem(NOW, yearAgo, NOW)).isEqualTo("The start must be before the end.");
        assertThat(PriceInput.customRangeProblem(NOW.plusSeconds(86_400), NOW.plusSeconds(2 * 86_400), NOW))
                .contains("future");
    }
}
