package org.spotspec.ui.prices.chart;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;
import org.spotspec.prices.PriceFormat;

/** Paints the chart: grid and axes, every visible series, the max-price line and the overlay. */
final class ChartPainter {
    private static final Color GRID = Color.web("#e6e9ee");
    private static final Color AXIS_TEXT = Color.web("#57606a");
    private static final Font FONT = Font.font(11);

    /** Drawn over the plot: the zoom box being dragged and the hover crosshair with its label. */
    static final class Overlay {
        double[] box;
        double hoverX = Double.NaN;
        double hoverY = Double.NaN;
        String hoverLabel = "";
        Color hoverColor = Color.BLACK;
    }

    private final ZoneId zone;
    private final PlotRaster raster = new PlotRaster();
    private final SeriesPainter seriesPainter = new SeriesPainter();

    ChartPainter(ZoneId zone) {
        this.zone = zone;
    }

    /** The plot's pixels, to be placed under the canvas at the plot's corner. */
    javafx.scene.Node plot() {
        return raster.view();
    }

    void paint(GraphicsContext gc, double w, double h, ChartViewport v, List<PriceSeries> series,
               PriceHistory history, double maxPrice, Function<SeriesKey, Color> colors, Function<SeriesKey, long[]> gaps,
               Overlay overlay) {
        // The plot's pixels are an image under this canvas: clear the plot, paint the margins.
        gc.clearRect(0, 0, w, h);
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, PriceChart.TOP);
        gc.fillRect(0, PriceChart.TOP + v.height(), w, h);
        gc.fillRect(0, 0, PriceChart.LEFT, h);
        gc.fillRect(PriceChart.LEFT + v.width(), 0, w, h);
        gc.setFont(FONT);
        var priceTicks = ChartAxes.priceTicks(v, Math.max(2, (int) (v.height() / 48)));
        var timeTicks = ChartAxes.timeTicks(v, Math.max(2, (int) (v.width() / 110)), zone);
        raster.begin((int) Math.ceil(v.width()), (int) Math.ceil(v.height()), Color.WHITE);
        int grid = PlotRaster.argb(GRID);
        for (var tick : priceTicks) {
            int y = (int) Math.round(tick.position());
            raster.fill(0, raster.width() - 1, y, y, grid);
        }
        for (var tick : timeTicks) {
            int x = (int) Math.round(tick.position());
            raster.fill(x, x, 0, raster.height() - 1, grid);
        }
        if (history != null) {
            long end = history.end().toEpochMilli();
            for (var s : series) {
                seriesPainter.paint(raster, s, end, v, PlotRaster.argb(colors.apply(s.key())), gaps.apply(s.key()));
            }
        }
        raster.flush();
        drawAxes(gc, v, priceTicks, timeTicks);
        gc.save();
        gc.beginPath();
        gc.rect(PriceChart.LEFT, PriceChart.TOP, v.width(), v.height());
        gc.clip();
        drawMaxPrice(gc, v, maxPrice);
        drawOverlay(gc, v, overlay);
        gc.restore();
        if (history == null || history.series().isEmpty()) {
            gc.setFill(AXIS_TEXT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(history == null ? "Choose types and regions, then Fetch prices." : "No prices in this range.",
                    PriceChart.LEFT + v.width() / 2, PriceChart.TOP + v.height() / 2);
        }
    }

    private void drawAxes(GraphicsContext gc, ChartViewport v, List<ChartAxes.Tick> priceTicks,
                          List<ChartAxes.Tick> timeTicks) {
        gc.setLineWidth(1);
        gc.setTextBaseline(VPos.CENTER);
        for (var tick : priceTicks) {
            double y = Math.round(PriceChart.TOP + tick.position()) + 0.5;
            gc.setFill(AXIS_TEXT);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(tick.label(), PriceChart.LEFT - 6, y);
        }
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        for (var tick : timeTicks) {
            double x = Math.round(PriceChart.LEFT + tick.position()) + 0.5;
            // A label that would run off the right edge is left out rather than cut.
            if (x + tick.label().length() * 3.5 <= PriceChart.LEFT + v.width() + PriceChart.RIGHT) {
                gc.setFill(AXIS_TEXT);
                gc.fillText(tick.label(), x, PriceChart.TOP + v.height() + 6);
            }
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText("Local time (" + zone.getId() + ")  ·  price in $/hour", PriceChart.LEFT + v.width(),
                PriceChart.TOP + v.height() + 24);
        gc.setStroke(Color.web("#afb8c1"));
        gc.strokeRect(PriceChart.LEFT + 0.5, PriceChart.TOP + 0.5, v.width() - 1, v.height() - 1);
    }

    /** The dashed line's label, e.g. {@code my max price $0.050000}. */
    static String maxPriceLabel(double maxPrice) {
        return "my max price " + PriceFormat.dollars(maxPrice);
    }

    private static void drawMaxPrice(GraphicsContext gc, ChartViewport v, double maxPrice) {
        if (Double.isNaN(maxPrice)) {
            return;
        }
        double y = PriceChart.TOP + v.y(maxPrice);
        gc.setStroke(Color.web("#cf222e"));
        gc.setLineWidth(1.2);
        gc.setLineDashes(6, 4);
        gc.strokeLine(PriceChart.LEFT, y, PriceChart.LEFT + v.width(), y);
        gc.setLineDashes();
        var label = maxPriceLabel(maxPrice);
        gc.setFill(Color.rgb(255, 255, 255, 0.85));
        gc.fillRect(PriceChart.LEFT + 4, y - 16, label.length() * 6.2 + 4, 14);
        gc.setFill(Color.web("#cf222e"));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(label, PriceChart.LEFT + 6, y - 2);
    }

    private static void drawOverlay(GraphicsContext gc, ChartViewport v, Overlay o) {
        if (o.box != null) {
            gc.setFill(Color.rgb(9, 105, 218, 0.12));
            gc.setStroke(Color.rgb(9, 105, 218, 0.8));
            gc.setLineWidth(1);
            double x = Math.min(o.box[0], o.box[2]);
            double y = Math.min(o.box[1], o.box[3]);
            gc.fillRect(x, y, Math.abs(o.box[2] - o.box[0]), Math.abs(o.box[3] - o.box[1]));
            gc.strokeRect(x, y, Math.abs(o.box[2] - o.box[0]), Math.abs(o.box[3] - o.box[1]));
        }
        if (!Double.isNaN(o.hoverX) && !o.hoverLabel.isEmpty()) {
            gc.setStroke(Color.rgb(87, 96, 106, 0.6));
            gc.setLineWidth(1);
            gc.strokeLine(o.hoverX, PriceChart.TOP, o.hoverX, PriceChart.TOP + v.height());
            gc.setFill(o.hoverColor);
            gc.fillOval(o.hoverX - 4, o.hoverY - 4, 8, 8);
            drawLabel(gc, v, o);
        }
    }

    private static void drawLabel(GraphicsContext gc, ChartViewport v, Overlay o) {
        var lines = o.hoverLabel.split("\n");
        double width = 0;
        for (var line : lines) {
            width = Math.max(width, line.length() * 6.4);
        }
        double height = lines.length * 15 + 8;
        double x = o.hoverX + 12 + width > PriceChart.LEFT + v.width() ? o.hoverX - 12 - width : o.hoverX + 12;
        double y = Math.max(PriceChart.TOP, Math.min(o.hoverY - height / 2, PriceChart.TOP + v.height() - height));
        gc.setFill(Color.rgb(255, 255, 255, 0.95));
        gc.setStroke(o.hoverColor);
        gc.fillRoundRect(x, y, width + 12, height, 6, 6);
        gc.strokeRoundRect(x, y, width + 12, height, 6, 6);
        gc.setFill(Color.web("#24292f"));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.length; i++) {
            gc.fillText(lines[i], x + 6, y + 4 + i * 15);
        }
    }
}
