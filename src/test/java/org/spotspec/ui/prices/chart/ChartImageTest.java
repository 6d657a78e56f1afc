package org.spotspec.ui.prices.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;

/** The picture's title and legend: what a saved PNG says about itself. */
class ChartImageTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant END = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theTitleNamesTypesProductsRegionsAndTheDatedRangeAndTheLegendTheShownSeries() {
        var m5 = new SeriesKey("eu-west-1", "eu-west-1a", "m5.large", "Linux/UNIX");
        var c5 = new SeriesKey("us-east-1", "us-east-1b", "c5.large", "Linux/UNIX");
        var hidden = new SeriesKey("us-east-1", "us-east-1a", "r5.large", "Linux/UNIX");
        var history = new PriceHistory.Builder(START, END).add(m5, START.toEpochMilli(), 38_600)
                .add(c5, START.toEpochMilli(), 35_000).add(hidden, START.toEpochMilli(), 50_000).build();

        var spec = ChartImage.spec(history, Set.of(hidden), k -> k == m5 ? Color.RED : Color.BLUE,
                ZoneId.of("UTC"), START.toEpochMilli(), END.toEpochMilli());

        assertThat(spec.title()).isEqualTo("Spot prices of c5.large, m5.large · Linux/UNIX · eu-west-1, us-east-1");
        assertThat(spec.subtitle()).isEqualTo("20 Nov 2026 10:00 – 27 Nov 2026 10:00 (UTC), $ per hour");
        assertThat(spec.legend()).containsExactly(new ChartImage.Entry(Color.RED, "m5.large · eu-west-1a"),
                new ChartImage.Entry(Color.BLUE, "c5.large · us-east-1b"));
    }
}
