package org.spotspec.ui.prices.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartPainterTest {
    @Test
    void theMaxPriceLabelShowsEveryDecimalEc2Uses() {
        assertThat(ChartPainter.maxPriceLabel(0.00004)).isEqualTo("my max price $0.000040");
    }
}
