package org.spotspec.bench;

import static org.spotspec.bench.ChartBenchmark.LEFT;
import static org.spotspec.bench.ChartBenchmark.TOP;
import static org.spotspec.bench.ChartBenchmark.fit;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.spotspec.prices.PriceHistory;
import org.spotspec.ui.prices.chart.ChartViewport;
import org.spotspec.ui.prices.chart.SeriesColors;

/** ChartBenchmark's naive baseline: the same canvas and stroke, but every step of every visible point. */
final class RawStepCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final PriceHistory history;
    private final boolean series;
    ChartViewport view;

    RawStepCanvas(PriceHistory history, boolean series) {
        this.history = history;
        this.series = series;
        this.view = fit(history);
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, getWidth(), getHeight());
        if (!series) {
            return;
        }
        gc.save();
        gc.beginPath();
        gc.rect(LEFT, TOP, view.width(), view.height());
        gc.clip();
        gc.setLineWidth(1.4);
        gc.setLineCap(StrokeLineCap.BUTT);
        long end = history.end().toEpochMilli();
        var v = view;
        for (int k = 0; k < history.series().size(); k++) {
            var s = history.series().get(k);
            gc.setStroke(SeriesColors.of(k));
            int from = Math.max(0, s.indexAtOrBefore(v.t0()));
            int to = s.indexAtOrBefore(v.t1());
            if (to < 0) {
                continue;
            }
            gc.beginPath();
            gc.moveTo(LEFT + v.x(Math.max(s.time(from), v.t0())), TOP + v.y(s.price(from)));
            for (int i = from + 1; i <= to; i++) {
                double x = LEFT + v.x(s.time(i));
                gc.lineTo(x, TOP + v.y(s.price(i - 1)));
                gc.lineTo(x, TOP + v.y(s.price(i)));
            }
            gc.lineTo(LEFT + v.x(Math.min(end, v.t1())), TOP + v.y(s.price(to)));
            gc.stroke();
        }
        gc.restore();
    }
}
