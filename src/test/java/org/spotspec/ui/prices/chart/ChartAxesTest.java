package org.spotspec.ui.prices.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartAxesTest {
    @ParameterizedTest
    @CsvSource({"1, 2", "0.5, 2", "0.2, 2", "0.05, 2", "0.01, 2", "0.005, 3", "0.002, 3", "0.0001, 4",
            "0.00002, 5", "0.000001, 6", "0.0000005, 6", "10, 2"})
    void aTickLabelHasTheDecimalsItsStepNeeds(double step, int decimals) {
        assertThat(ChartAxes.decimalsFor(step)).isEqualTo(decimals);
    }

    @Test
    void zoomedOutTicksReadAsCentsNotSixDecimals() {
        var ticks = ChartAxes.priceTicks(new ChartViewport(0, 1, 0, 1, 800, 400), 5);
        assertThat(ticks).extracting(ChartAxes.Tick::label)
                .containsExactly("$0.00", "$0.20", "$0.40", "$0.60", "$0.80", "$1.00");
    }

    @Test
    void zoomedInTicksKeepEveryDecimalThatDiffers() {
        var ticks = ChartAxes.priceTicks(new ChartViewport(0, 1, 0.038400, 0.038410, 800, 400), 5);
        assertThat(ticks).extracting(ChartAxes.Tick::label).contains("$0.038400", "$0.038404", "$0.038410")
                .doesNotHaveDuplicates();
    }
}
