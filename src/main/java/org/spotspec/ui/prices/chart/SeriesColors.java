package org.spotspec.ui.prices.chart;

import javafx.scene.paint.Color;

/** A palette of colours that stay apart from each other on a white plot. */
public final class SeriesColors {
    private static final Color[] PALETTE = {
        Color.web("#1f77b4"), Color.web("#d62728"), Color.web("#2ca02c"), Color.web("#ff7f0e"),
        Color.web("#9467bd"), Color.web("#17becf"), Color.web("#8c564b"), Color.web("#e377c2"),
        Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#393b79"), Color.web("#637939"),
        Color.web("#843c39"), Color.web("#7b4173"), Color.web("#3182bd"), Color.web("#e6550d")};

    private SeriesColors() {
    }

    public static Color of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
