package org.spotspec.ui.prices.chart;

/**
 * What part of the data the chart shows, and how it maps to pixels: a time range (epoch ms)
 * across the plot's width and a price range ($/h) up its height. Immutable; zooming and
 * panning return a new viewport.
 */
public record ChartViewport(long t0, long t1, double p0, double p1, double width, double height) {
    /** Never zoom in further than a minute across the whole plot. */
    static final long MIN_SPAN_MS = 60_000;

    public ChartViewport {
        if (t1 <= t0) {
            t1 = t0 + MIN_SPAN_MS;
        }
        if (!(p1 > p0)) {
            p1 = p0 + 0.001;
        }
    }

    public double x(long t) {
        return (t - t0) * width / (double) (t1 - t0);
    }

    public double y(double price) {
        return height - (price - p0) * height / (p1 - p0);
    }

    public long time(double x) {
        return t0 + Math.round(x * (t1 - t0) / width);
    }

    public double price(double y) {
        return p0 + (height - y) * (p1 - p0) / height;
    }

    public ChartViewport resized(double newWidth, double newHeight) {
        return new ChartViewport(t0, t1, p0, p1, newWidth, newHeight);
    }

    /** Zooms the time axis by {@code factor} (&lt; 1 zooms in) keeping the time under {@code x} fixed. */
    public ChartViewport zoomTime(double factor, double x) {
        long anchor = time(x);
        long span = Math.max(MIN_SPAN_MS, Math.round((t1 - t0) * factor));
        long newT0 = anchor - Math.round(span * (x / width));
        return new ChartViewport(newT0, newT0 + span, p0, p1, width, height);
    }

    /** Zooms to the box between two points in plot pixels. */
    public ChartViewport zoomToBox(double xa, double ya, double xb, double yb) {
        long ta = time(Math.min(xa, xb));
        long tb = time(Math.max(xa, xb));
        double pa = price(Math.max(ya, yb));
        double pb = price(Math.min(ya, yb));
        if (tb - ta < MIN_SPAN_MS) {
            tb = ta + MIN_SPAN_MS;
        }
        return new ChartViewport(ta, tb, pa, pb, width, height);
    }

    /** Moves the view by a drag of (dx, dy) pixels: the data follows the mouse. */
    public ChartViewport pan(double dx, double dy) {
        long dt = Math.round(dx * (t1 - t0) / width);
        double dp = dy * (p1 - p0) / height;
        return new ChartViewport(t0 - dt, t1 - dt, p0 + dp, p1 + dp, width, height);
    }
}
