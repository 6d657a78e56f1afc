package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceSeriesTest {
    static final SeriesKey KEY = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");

    @ParameterizedTest
    @CsvSource({
        "0.038400, 38400",
        "12.345678, 12345678",
        "0.0001, 100",
        "1, 1000000",
        "0, 0",
        "0.000001, 1",
        "0.0384000, 38400",
        "2147.483647, 2147483647",
    })
    void parsesAwsPricesExactly(String text, int micros) {
        assertThat(PriceSeries.toMicros(text)).isEqualTo(micros);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-0.1", "-1", "abc", "0.0000001", "1.2.3", "0,5", "NaN", "2147.483648", " 1"})
    void rejectsWhatIsNotAPrice(String text) {
        assertThatThrownBy(() -> PriceSeries.toMicros(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dollarsAreTheNearestDoubleToTheDecimal() {
        assertThat(PriceSeries.toDollars(38400)).isEqualTo(0.0384);
        assertThat(PriceSeries.toDollars(12_345_678)).isEqualTo(12.345678);
        assertThat(PriceSeries.toDollars(PriceSeries.toMicros("0.1"))).isEqualTo(0.1);
    }

    @Test
    void findsThePointInEffect() {
        var s = series(new long[] {100, 200, 300}, new int[] {1_000_000, 2_000_000, 3_000_000});

        assertThat(s.indexAtOrBefore(Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(s.indexAtOrBefore(99)).isEqualTo(-1);
        assertThat(s.indexAtOrBefore(100)).isZero();
        assertThat(s.indexAtOrBefore(199)).isZero();
        assertThat(s.indexAtOrBefore(200)).isEqualTo(1);
        assertThat(s.indexAtOrBefore(300)).isEqualTo(2);
        assertThat(s.indexAtOrBefore(Long.MAX_VALUE)).isEqualTo(2);

        assertThat(s.priceAt(99)).isNaN();
        assertThat(s.priceAt(100)).isEqualTo(1.0);
        assertThat(s.priceAt(250)).isEqualTo(2.0);
        assertThat(s.priceAt(10_000)).isEqualTo(3.0);
        assertThat(s.firstTime()).isEqualTo(100);
        assertThat(s.lastTime()).isEqualTo(300);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.time(1)).isEqualTo(200);
        assertThat(s.micros(1)).isEqualTo(2_000_000);
        assertThat(s.price(1)).isEqualTo(2.0);
    }

    @Test
    void anEmptySeriesHasNoPriceAnywhere() {
        var s = series(new long[0], new int[0]);

        assertThat(s.isEmpty()).isTrue();
        assertThat(s.indexAtOrBefore(0)).isEqualTo(-1);
        assertThat(s.priceAt(Long.MAX_VALUE)).isNaN();
        assertThatThrownBy(s::firstTime).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(s::lastTime).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void refusesColumnsThatBreakTheInvariants() {
        assertThatThrownBy(() -> series(new long[] {2, 1}, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
        assertThatThrownBy(() -> series(new long[] {1, 1}, new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> series(new long[] {1}, new int[] {-1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> series(new long[] {1}, new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPointCostsTwelveBytesPlusHeaders() {
        int n = 1000;
        var s = series(LongStream.range(0, n).toArray(), new int[n]);
        assertThat(s.retainedBytes()).isLessThanOrEqualTo(24L * n);
    }

    static PriceSeries series(long[] times, int[] micros) {
        return new PriceSeries(KEY, times, micros);
    }
}
