package org.spotspec.ui.prices.chart;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.spotspec.prices.PriceFormat;

/** Mouse handling for {@link PriceChart}: wheel zoom, box zoom, pan, reset and hover read-out. */
final class ChartInteraction {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final double MIN_BOX = 6;

    private final PriceChart chart;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean panning;

    ChartInteraction(PriceChart chart) {
        this.chart = chart;
    }

    void install() {
        chart.setOnScroll(this::scrolled);
        chart.setOnMousePressed(this::pressed);
        chart.setOnMouseDragged(this::dragged);
        chart.setOnMouseReleased(this::released);
        chart.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        chart.setOnMouseExited(e -> clearHover());
        chart.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                chart.resetView();
            }
        });
    }

    private void scrolled(ScrollEvent e) {
        var v = chart.currentViewport();
        if (v == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        chart.setViewport(v.zoomTime(factor, clampX(e.getX() - PriceChart.LEFT, v)));
        hover(e.getX(), e.getY());
        e.consume();
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        panning = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown();
        clearHover();
    }

    private void dragged(MouseEvent e) {
        var v = chart.currentViewport();
        if (v == null) {
            return;
        }
        if (panning) {
            chart.setViewport(v.pan(e.getX() - lastX, e.getY() - lastY));
        } else {
            chart.interactionOverlay.box = new double[] {pressX, pressY, e.getX(), e.getY()};
            chart.requestLayout();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        var box = chart.interactionOverlay.box;
        chart.interactionOverlay.box = null;
        var v = chart.currentViewport();
        if (!panning && box != null && v != null && Math.abs(box[2] - box[0]) >= MIN_BOX) {
            double xa = clampX(box[0] - PriceChart.LEFT, v);
            double xb = clampX(box[2] - PriceChart.LEFT, v);
            if (Math.abs(box[3] - box[1]) < MIN_BOX) {
                // A flat drag zooms time only and keeps the price range.
                chart.setViewport(v.zoomToBox(xa, 0, xb, v.height()));
            } else {
                chart.setViewport(v.zoomToBox(xa, box[1] - PriceChart.TOP, xb, box[3] - PriceChart.TOP));
            }
        }
        panning = false;
        chart.requestLayout();
    }

    /** Finds the series nearest to the mouse at its time and shows its price there. */
    void hover(double mouseX, double mouseY) {
        var v = chart.currentViewport();
        var history = chart.historyProperty().get();
        double x = mouseX - PriceChart.LEFT;
        if (v == null || history == null || x < 0 || x > v.width()) {
            clearHover();
            return;
        }
        long t = v.time(x);
        long end = history.end().toEpochMilli();
        double bestDistance = Double.MAX_VALUE;
        String label = "";
        String gapLabel = "";
        double bestY = Double.NaN;
        for (var s : chart.visibleSeries()) {
            if (s.size() == 0 || t < s.firstTime() || t > end) {
                continue;
            }
            var gaps = chart.gapsOf(s.key());
            if (SeriesPainter.inGap(gaps, t)) {
                gapLabel = gapLabel.isEmpty() ? gapText(gaps, t) : gapLabel;
                continue; // no price is known there: the read-out says so, if no other series has one
            }
            double price = s.priceAt(t);
            double y = PriceChart.TOP + v.y(price);
            double distance = Math.abs(y - mouseY);
            if (distance < bestDistance) {
                bestDistance = distance;
                bestY = y;
                label = s.key().label() + " (" + s.key().region() + ")\n"
                        + PriceFormat.dollars(price) + " per hour" + "\n"
                        + WHEN.format(Instant.ofEpochMilli(t).atZone(chart.zone()));
                chart.interactionOverlay.hoverColor = chart.colorOf(s.key());
            }
        }
        if (label.isEmpty() && !gapLabel.isEmpty()) {
            label = gapLabel;
            bestY = mouseY;
            chart.interactionOverlay.hoverColor = javafx.scene.paint.Color.GRAY;
        }
        chart.interactionOverlay.hoverX = mouseX;
        chart.interactionOverlay.hoverY = bestY;
        chart.interactionOverlay.hoverLabel = label;
        chart.setHoverText(label);
        chart.requestLayout();
    }

    /** "No data from … to …" for the gap holding {@code t}. */
    private String gapText(long[] gaps, long t) {
        for (int i = 0; i + 1 < gaps.length; i += 2) {
            if (t > gaps[i] && t < gaps[i + 1]) {
                return "No data from " + WHEN.format(Instant.ofEpochMilli(gaps[i]).atZone(chart.zone())) + "\nto "
                        + WHEN.format(Instant.ofEpochMilli(gaps[i + 1]).atZone(chart.zone()))
                        + "\n(SpotSpec was not fetching then)";
            }
        }
        return "";
    }

    private void clearHover() {
        chart.interactionOverlay.hoverX = Double.NaN;
        chart.interactionOverlay.hoverLabel = "";
        chart.setHoverText("");
        chart.requestLayout();
    }

    private static double clampX(double x, ChartViewport v) {
        return Math.max(0, Math.min(v.width(), x));
    }
}
