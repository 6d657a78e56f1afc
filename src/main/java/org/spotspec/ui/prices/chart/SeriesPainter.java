package org.spotspec.ui.prices.chart;

import javafx.scene.canvas.GraphicsContext;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.StepReduction;

/**
 * Draws one step series from its per-pixel reduction: one vertical stroke per pixel column
 * from the column's first to min, max and last price, joined by horizontal runs. The cost
 * follows the plot's width, not the number of points, and the picture is the same as drawing
 * every step.
 */
final class SeriesPainter {
    private SeriesPainter() {
    }

    static void paint(GraphicsContext gc, PriceSeries series, long seriesEnd, ChartViewport v, double left,
                      double top) {
        int columns = Math.max(1, (int) Math.ceil(v.width()));
        var r = StepReduction.reduce(series, v.t0(), v.t1(), seriesEnd, columns);
        gc.beginPath();
        boolean penDown = false;
        double lastX = 0;
        double lastY = 0;
        for (int c = 0; c < columns; c++) {
            if (Double.isNaN(r.first()[c])) {
                if (penDown) {
                    gc.lineTo(lastX + 0.5, lastY); // close the run before the gap
                }
                penDown = false;
                continue;
            }
            double x = left + c + 0.5;
            double first = top + v.y(r.first()[c]);
            double min = top + v.y(r.min()[c]);
            double max = top + v.y(r.max()[c]);
            double last = top + v.y(r.last()[c]);
            boolean changes = first != lastY || min != max || last != first;
            if (!penDown) {
                gc.moveTo(x - 0.5, first);
                penDown = true;
            } else if (changes) {
                gc.lineTo(x, lastY); // the horizontal run up to this column
            }
            if (changes) {
                gc.lineTo(x, first);
                gc.lineTo(x, min);
                gc.lineTo(x, max);
                gc.lineTo(x, last);
            }
            lastX = x;
            lastY = last;
        }
        if (penDown) {
            gc.lineTo(lastX + 0.5, lastY);
        }
        gc.stroke();
    }
}
