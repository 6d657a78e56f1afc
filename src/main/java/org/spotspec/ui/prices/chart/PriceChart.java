package org.spotspec.ui.prices.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;

/**
 * A step chart of spot prices drawn on one canvas. Each series is drawn from a per-pixel
 * reduction, so a million points redraw as fast as a thousand. Wheel zooms time, a drag zooms
 * to a box, a right (or shift) drag pans, a double click resets; hovering reads out the nearest
 * series. Redraws are coalesced to one per layout pulse. Its accessible text says what it shows
 * (the time span, and the hover read-out), since a screen reader finds only pixels on the canvas.
 */
public final class PriceChart extends Region {
    static final double LEFT = 68;
    static final double RIGHT = 18;
    static final double TOP = 14;
    static final double BOTTOM = 42;
    private static final DateTimeFormatter SPAN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Canvas canvas = new Canvas();
    private final ZoneId zone;
    private final ObjectProperty<PriceHistory> history = new SimpleObjectProperty<>();
    private final ObservableSet<SeriesKey> hidden = FXCollections.observableSet();
    private final DoubleProperty maxPrice = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<Map<SpanKey, List<Span>>> gaps = new SimpleObjectProperty<>(Map.of());
    private final ReadOnlyObjectWrapper<ChartViewport> viewport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private final ChartPainter painter;
    private boolean fitPending = true;

    public PriceChart(ZoneId zone) {
        this.zone = zone;
        this.painter = new ChartPainter(zone);
        getStyleClass().add("price-chart");
        getChildren().addAll(painter.plot(), canvas);
        painter.plot().relocate(LEFT, TOP);
        history.addListener((obs, old, now) -> resetView());
        hidden.addListener((SetChangeListener<SeriesKey>) change -> requestLayout());
        maxPrice.addListener((obs, old, now) -> requestLayout());
        gaps.addListener((obs, old, now) -> requestLayout());
        viewport.addListener((obs, old, now) -> requestLayout());
        new ChartInteraction(this).install();
        accessibleTextProperty().bind(Bindings.createStringBinding(this::describe, viewport, hoverText));
        setMinSize(200, 150);
        setPrefSize(800, 420);
    }

    public ObjectProperty<PriceHistory> historyProperty() {
        return history;
    }

    /** Series the legend has switched off. */
    public ObservableSet<SeriesKey> hidden() {
        return hidden;
    }

    /** The user's own max price ($/h) drawn as a dashed line; NaN for none. */
    public DoubleProperty maxPriceProperty() {
        return maxPrice;
    }

    /** Spans the archive never covered, per (region, type, product): drawn as gaps, no line across. */
    public ObjectProperty<Map<SpanKey, List<Span>>> gapsProperty() {
        return gaps;
    }

    /** The gaps of {@code key}'s (region, type, product) as [from, to] epoch-millisecond pairs. */
    long[] gapsOf(SeriesKey key) {
        var spans = gaps.get() == null ? null : gaps.get().get(SpanKey.of(key));
        if (spans == null) {
            return new long[0];
        }
        var pairs = new long[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            pairs[2 * i] = spans.get(i).from().toEpochMilli();
            pairs[2 * i + 1] = spans.get(i).to().toEpochMilli();
        }
        return pairs;
    }

    public Color colorOf(SeriesKey key) {
        var h = history.get();
        int index = h == null ? 0 : h.series().indexOf(h.find(key).orElse(null));
        return SeriesColors.of(index);
    }

    /** Shows the whole time range and every visible price again. */
    public void resetView() {
        fitPending = true;
        hoverText.set("");
        requestLayout();
    }

    void setViewport(ChartViewport next) {
        viewport.set(next);
    }

    ChartViewport currentViewport() {
        return viewport.get();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        double plotW = Math.max(1, w - LEFT - RIGHT);
        double plotH = Math.max(1, h - TOP - BOTTOM);
        if (fitPending || viewport.get() == null) {
            fitPending = false;
            viewport.set(fit(plotW, plotH));
        } else if (viewport.get().width() != plotW || viewport.get().height() != plotH) {
            viewport.set(viewport.get().resized(plotW, plotH));
        }
        painter.paint(canvas.getGraphicsContext2D(), w, h, viewport.get(), visibleSeries(), history.get(),
                maxPrice.get(), this::colorOf, this::gapsOf, interactionOverlay);
    }

    /** The view that shows everything: the query's time range, all visible prices with air. */
    private ChartViewport fit(double plotW, double plotH) {
        var h = history.get();
        if (h == null || h.series().isEmpty()) {
            long now = System.currentTimeMillis();
            return new ChartViewport(now - 86_400_000L, now, 0, 1, plotW, plotH);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (var s : visibleSeries()) {
            for (int i = 0; i < s.size(); i++) {
                lo = Math.min(lo, s.price(i));
                hi = Math.max(hi, s.price(i));
            }
        }
        if (!Double.isNaN(maxPrice.get())) {
            hi = Math.max(hi, maxPrice.get());
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        double pad = Math.max((hi - lo) * 0.08, hi * 0.02 + 1e-4);
        return new ChartViewport(h.start().toEpochMilli(), h.end().toEpochMilli(), Math.max(0, lo - pad), hi + pad,
                plotW, plotH);
    }

    List<PriceSeries> visibleSeries() {
        var h = history.get();
        return h == null ? List.of() : h.series().stream().filter(s -> !hidden.contains(s.key())).toList();
    }

    ZoneId zone() {
        return zone;
    }

    /** The hover read-out: series, price and local time under the mouse, empty when none. */
    void setHoverText(String text) {
        hoverText.set(text);
    }

    /** The first line names the time span shown; the hover read-out follows while there is one. */
    private String describe() {
        var v = viewport.get();
        var text = v == null ? "Spot price chart" : "Spot prices from " + SPAN.format(Instant.ofEpochMilli(v.t0())
                .atZone(zone)) + " to " + SPAN.format(Instant.ofEpochMilli(v.t1()).atZone(zone));
        return hoverText.get().isEmpty() ? text : text + "\n" + hoverText.get();
    }

    /** What the interaction wants drawn over the plot (drag box, crosshair); set then repainted. */
    final ChartPainter.Overlay interactionOverlay = new ChartPainter.Overlay();
}
