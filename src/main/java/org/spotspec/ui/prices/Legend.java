package org.spotspec.ui.prices;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;
import org.spotspec.ui.prices.chart.ChartImage;
import org.spotspec.ui.prices.chart.PriceChart;

/** The chart's legend: one check box per series in its colour; unchecking hides the series. */
final class Legend {
    /** Rows shown at most; more scroll. */
    private static final int MAX_ROWS = 3;

    private Legend() {
    }

    /**
     * Sizes the scroll pane around {@code legend} to whole rows, as many as there are up to
     * {@link #MAX_ROWS}: a row cut in half by the chart above looked like a bug, not like more to scroll.
     */
    static void showWholeRows(FlowPane legend) {
        // Wrapped at its real width, not at the default 400 px: its preferred height is then its rows'.
        legend.prefWrapLengthProperty().bind(legend.widthProperty());
        InvalidationListener resize = o -> scrollPane(legend).ifPresent(scroll -> {
            double height = rowsHeight(legend) + scroll.snappedTopInset() + scroll.snappedBottomInset();
            scroll.setMinHeight(height);
            scroll.setPrefHeight(height);
            scroll.setMaxHeight(height);
        });
        legend.widthProperty().addListener(resize);
        legend.getChildren().addListener(resize);
    }

    private static double rowsHeight(FlowPane legend) {
        if (legend.getChildren().isEmpty() || legend.getWidth() <= 0) {
            return 0;
        }
        double row = legend.getChildren().get(0).prefHeight(-1);
        double most = MAX_ROWS * row + (MAX_ROWS - 1) * legend.getVgap();
        return Math.ceil(Math.min(most, legend.prefHeight(legend.getWidth())));
    }

    private static Optional<ScrollPane> scrollPane(Node legend) {
        for (var parent = legend.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return Optional.of(scroll);
            }
        }
        return Optional.empty();
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
