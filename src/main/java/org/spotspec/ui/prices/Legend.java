package org.spotspec.ui.prices;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;
import org.spotspec.ui.prices.chart.PriceChart;

/** The chart's legend: one check box per series in its colour; unchecking hides the series. */
final class Legend {
    private Legend() {
    }

    static void fill(FlowPane legend, PriceChart chart) {
        legend.getChildren().clear();
        chart.hidden().clear();
        var history = chart.historyProperty().get();
        if (history == null) {
            return;
        }
        // The zone names the region; the product is named only when the series differ in it.
        boolean oneProduct = history.series().stream().map(s -> s.key().product()).distinct().count() <= 1;
        for (var series : history.series()) {
            var key = series.key();
            var entry = new CheckBox(key.instanceType() + " · " + key.availabilityZone()
                    + (oneProduct ? "" : " · " + key.product()));
            entry.setSelected(true);
            entry.setGraphic(new Rectangle(14, 4, chart.colorOf(key)));
            entry.getStyleClass().add("legend-entry");
            entry.selectedProperty().addListener((obs, was, shown) -> {
                if (shown) {
                    chart.hidden().remove(key);
                } else {
                    chart.hidden().add(key);
                }
            });
            legend.getChildren().add(entry);
        }
    }
}
