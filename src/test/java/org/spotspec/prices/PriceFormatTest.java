package org.spotspec.prices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceFormatTest {
    @Test
    void pricesHaveSixDecimalsAndANonZeroPriceNeverReadsZero() {
        assertThat(PriceFormat.dollars(0.0384)).isEqualTo("$0.038400");
        assertThat(PriceFormat.dollars(0.00004)).isEqualTo("$0.000040");
        assertThat(PriceFormat.dollars(0)).isEqualTo("$0.000000");
        assertThat(PriceFormat.dollars(12.5)).isEqualTo("$12.500000");
        assertThat(PriceFormat.dollars(0.0000002)).isEqualTo("<$0.000001");
        assertThat(PriceFormat.dollars(Double.NaN)).isEqualTo("—");
        assertThat(PriceFormat.decimal(0.0384)).isEqualTo("0.038400");
        assertThat(PriceFormat.decimal(0.0000002)).isEqualTo("0.0000002");
        assertThat(PriceFormat.decimal(Double.NaN)).isEmpty();
    }

    @Test
    void withItsOwnDecimalsForAxisLabels() {
        assertThat(PriceFormat.dollars(0.2, 2)).isEqualTo("$0.20");
        assertThat(PriceFormat.dollars(0.0384, 3)).isEqualTo("$0.038");
        assertThat(PriceFormat.dollars(-0.25, 2)).isEqualTo("-$0.25");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PriceFormat.dollars(1, 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
