package org.spotspec.ui.prices.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.SeriesKey;

/**
 * The chart as a picture that stands alone: a title (types, products, regions, the time span
 * shown with dates), the plot as on screen, and the legend of the series shown, in their colours.
 */
public final class ChartImage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final double PAD = 12;
    private static final double TITLE_LINE = 20;
    private static final double SUBTITLE_LINE = 18;
    private static final double LEGEND_LINE = 18;
    private static final double SWATCH = 14;
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 15);
    private static final Font TEXT_FONT = Font.font("System", 12);
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#57606a");

    /** What the picture says besides the plot. */
    public record Spec(String title, String subtitle, List<Entry> legend) {
        public Spec {
            legend = List.copyOf(legend);
        }
    }

    /** A legend line: the series' colour and name. */
    public record Entry(Color color, String name) {
    }

    private ChartImage() {
    }

    /** The picture of {@code chart} as it shows now; call on the FX thread. */
    public static WritableImage of(PriceChart chart) {
        var history = chart.historyProperty().get();
        var viewport = chart.currentViewport();
        var spec = spec(history, chart.hidden(), chart::colorOf, chart.zone(),
                viewport == null ? history.start().toEpochMilli() : viewport.t0(),
                viewport == null ? history.end().toEpochMilli() : viewport.t1());
        var params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return compose(spec, chart.snapshot(params, null));
    }

    /** The title and legend for the series of {@code history} not hidden, over [from, to] shown in {@code zone}. */
    public static Spec spec(PriceHistory history, Set<SeriesKey> hidden, Function<SeriesKey, Color> colors,
                            ZoneId zone, long from, long to) {
        var shown = history.series().stream().map(s -> s.key()).filter(k -> !hidden.contains(k)).toList();
        var keys = shown.isEmpty() ? history.series().stream().map(s -> s.key()).toList() : shown;
        var title = "Spot prices of " + join(keys, SeriesKey::instanceType) + " · " + join(keys, SeriesKey::product)
                + " · " + join(keys, SeriesKey::region);
        var subtitle = WHEN.format(Instant.ofEpochMilli(from).atZone(zone)) + " – "
                + WHEN.format(Instant.ofEpochMilli(to).atZone(zone)) + " (" + zone.getId() + "), $ per hour";
        boolean oneProduct = oneProduct(history);
        var legend = shown.stream().map(k -> new Entry(colors.apply(k), name(k, oneProduct))).toList();
        return new Spec(title, subtitle, legend);
    }

    /** A series' name in the legend: the zone names the region; the product only when series differ in it. */
    public static String name(SeriesKey key, boolean oneProduct) {
        return key.instanceType() + " · " + key.availabilityZone() + (oneProduct ? "" : " · " + key.product());
    }

    public static boolean oneProduct(PriceHistory history) {
        return history.series().stream().map(s -> s.key().product()).distinct().count() <= 1;
    }

    /** Title above, {@code plot} in the middle, the legend below, on white; call on the FX thread. */
    public static WritableImage compose(Spec spec, Image plot) {
        double width = Math.max(plot.getWidth(), 480);
        var rows = legendRows(spec.legend(), width);
        double top = PAD + TITLE_LINE + SUBTITLE_LINE;
        double legendTop = top + plot.getHeight() + PAD / 2;
        var canvas = new Canvas(width, Math.ceil(legendTop + rows.size() * LEGEND_LINE + PAD));
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(TEXT);
        gc.setFont(TITLE_FONT);
        gc.fillText(spec.title(), PAD, PAD, width - 2 * PAD);
        gc.setFill(MUTED);
        gc.setFont(TEXT_FONT);
        gc.fillText(spec.subtitle(), PAD, PAD + TITLE_LINE, width - 2 * PAD);
        gc.drawImage(plot, 0, top);
        drawLegend(gc, rows, legendTop);
        return canvas.snapshot(null, null);
    }

    private record Placed(Entry entry, double x) {
    }

    /** The legend wrapped into rows that fit {@code width}. */
    private static List<List<Placed>> legendRows(List<Entry> entries, double width) {
        var rows = new ArrayList<List<Placed>>();
        var row = new ArrayList<Placed>();
        double x = PAD;
        for (var e : entries) {
            double w = SWATCH + 6 + textWidth(e.name()) + 16;
            if (!row.isEmpty() && x + w > width - PAD) {
                rows.add(row);
                row = new ArrayList<>();
                x = PAD;
            }
            row.add(new Placed(e, x));
            x += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static void drawLegend(GraphicsContext gc, List<List<Placed>> rows, double top) {
        gc.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * LEGEND_LINE + LEGEND_LINE / 2;
            for (var p : rows.get(r)) {
                gc.setFill(p.entry().color());
                gc.fillRect(p.x(), y - 2, SWATCH, 4);
                gc.setFill(TEXT);
                gc.fillText(p.entry().name(), p.x() + SWATCH + 6, y);
            }
        }
    }

    private static double textWidth(String s) {
        var text = new Text(s);
        text.setFont(TEXT_FONT);
        return text.getLayoutBounds().getWidth();
    }

    private static String join(List<SeriesKey> keys, Function<SeriesKey, String> part) {
        return keys.stream().map(part).distinct().sorted().collect(Collectors.joining(", "));
    }
}
