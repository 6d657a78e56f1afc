package org.spotspec.ui.prices;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;
import org.spotspec.ui.prices.chart.ChartImage;
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
        boolean oneProduct = ChartImage.oneProduct(history);
        for (var series : history.series()) {
            var key = series.key();
            var entry = new CheckBox(ChartImage.name(key, oneProduct));
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
