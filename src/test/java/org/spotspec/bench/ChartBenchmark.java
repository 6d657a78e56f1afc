package org.spotspec.bench;

/*
 * How to read the figures. Every row shows ours, the baseline measured in this same run on the
 * same data, stage size (1200x700) and pulse machinery, ratio = baseline / ours (higher: ours is
 * faster), the target and MET / NOT MET. All times in ms; each stage is shown alone.
 * latency: from the change on the FX thread until the next pulse has laid out AND the render
 *   thread has painted it (a 1x1 snapshot queued behind the pulse's paint job marks that). It
 *   includes the idle wait for the next 60 Hz pulse (0-16.7 ms, the toolkit's, not the chart's).
 * work: latency minus that idle wait. The notes split a median into fx (FX thread) + paint.
 * render = median of several runs of setting 10^5 points, set as a pulse begins (so no idle wait),
 *   for ours and the baselines alike; redraw = p95 of 100 zooms/pans of a
 *   10^6-point chart. Other builds share the 2 CPUs: trust medians and ratios, re-run to confirm.
 */

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.spotspec.bench.Frames.Frame;
import org.spotspec.bench.Frames.Timings;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceSeries;
import org.spotspec.ui.prices.chart.ChartViewport;
import org.spotspec.ui.prices.chart.PriceChart;

/**
 * Render and zoom/pan redraw of {@link PriceChart} against a stock {@link LineChart} (and, for
 * redraw, a canvas painting every raw step), headless on Monocle with Prism's software pipeline.
 * Run with {@code mvn -Pbench -DskipTests verify}; the process ends by itself.
 */
public final class ChartBenchmark {
    static final int SERIES = 30;
    static final long SEED = 20_250_601L;
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 700;
    /** PriceChart's plot insets (package-private there): left 68, right 18, top 14, bottom 42. */
    static final double LEFT = 68;
    private static final double PLOT_W = WIDTH - LEFT - 18;
    static final double TOP = 14;
    private static final double PLOT_H = HEIGHT - TOP - 42;
    private static final double RENDER_TARGET_RATIO = 20;
    private static final double REDRAW_TARGET_MS = 33;

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        headlessUnlessSet();
        Platform.startup(() -> { });
        Platform.setImplicitExit(false); // stages open and close one after another
        int code = 0;
        try {
            run();
        } catch (Throwable t) {
            t.printStackTrace();
            code = 1;
        }
        Platform.exit();
        System.exit(code);
    }

    private static void run() throws Exception {
        System.out.printf(Locale.ROOT, "SpotSpec chart benchmark: Java %s, JavaFX %s, prism.order=%s, glass=%s %s, %d CPUs%n",
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                System.getProperty("prism.order"), System.getProperty("glass.platform"),
                System.getProperty("headless.geometry", ""), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "data: %d step series over 90 days, random walk, irregular intervals, seed %d;"
                + " stage %.0fx%.0f%n%n", SERIES, SEED, WIDTH, HEIGHT);
        var small = SyntheticHistory.of(100_000, SERIES, SEED);
        var render = new Table("render: set data -> next pulse laid out and painted, 10^5 points");
        renderRows(render, small);
        render.print();
        var large = SyntheticHistory.of(1_000_000, SERIES, SEED + 1);
        var redraw = new Table("redraw: one zoom or pan -> painted frame");
        redrawRows(redraw, small, large);
        redraw.print();
    }

    // ---- render -------------------------------------------------------------------------

    private static void renderRows(Table table, PriceHistory h) throws Exception {
        var ours = renderOurs(h, 20, 11);
        double[] convertMs = new double[1];
        var steps = renderLineChart(h, true, 2, 5, convertMs);
        var line = renderLineChart(h, false, 2, 5, new double[1]);
        table.note("ours: PriceChart, PriceHistory set on its history property; median of 11 after 20 warm-ups (the JIT has compiled it by then, as in a session of use)");
        table.note("LineChart<Number,Number>: NumberAxis x2 (no forced zero), createSymbols false, animated false,"
                + " legend off; median of 5 after 2 warm-ups. Its XYChart.Series are built before the clock starts"
                + " (building the steps' 2x10^5 Data from the PriceHistory takes another %.0f ms, median)",
                convertMs[0]);
        table.row("render, latency (ms)", ours.latency(), steps.latency(), "LineChart, steps (2x10^5 Data)",
                RENDER_TARGET_RATIO);
        table.row("render, latency (ms)", ours.latency(), line.latency(), "LineChart, as a line (10^5 Data)",
                RENDER_TARGET_RATIO);
        table.rowMax("render, CPU (ms)", ours.cpu(), steps.cpu(), "LineChart steps, CPU of FX + render threads",
                Double.NaN);
        table.split("ours", ours);
        table.split("LineChart steps", steps);
        table.split("LineChart line", line);
    }

    private static Timings renderOurs(PriceHistory h, int warmups, int runs) throws Exception {
        progress("render: PriceChart");
        var chart = onFx(() -> new PriceChart(ZoneOffset.UTC));
        var frames = show(chart);
        var out = new ArrayList<Frame>();
        for (int i = 0; i < warmups + runs; i++) {
            frames.time(() -> chart.historyProperty().set(null));
            gc();
            var f = frames.timeAtPulse(() -> chart.historyProperty().set(h));
            if (i >= warmups) {
                out.add(f);
            }
        }
        frames.close();
        return Timings.of(out);
    }

    /** Renders the LineChart; sets {@code convertMs[0]} to the median time to build its data. */
    private static Timings renderLineChart(PriceHistory h, boolean steps, int warmups, int runs, double[] convertMs)
            throws Exception {
        progress("render: LineChart, " + (steps ? "steps" : "line"));
        var chart = onFx(ChartBenchmark::newLineChart);
        var frames = show(chart);
        var out = new ArrayList<Frame>();
        var convert = new double[runs];
        for (int i = 0; i < warmups + runs; i++) {
            frames.time(() -> chart.getData().clear());
            gc();
            long convertStart = System.nanoTime();
            var data = lineChartSeries(h, steps);
            if (i >= warmups) {
                convert[i - warmups] = (System.nanoTime() - convertStart) / 1e6;
            }
            gc();
            var f = frames.timeAtPulse(() -> chart.getData().setAll(data));
            if (i >= warmups) {
                out.add(f);
            }
        }
        long elements = onFx(() -> chart.lookupAll(".chart-series-line").stream()
                .mapToLong(n -> ((Path) n).getElements().size()).sum());
        System.out.printf(Locale.ROOT, "(sanity: the LineChart's %d series paths hold %d elements)%n",
                chart.getData().size(), elements);
        frames.close();
        Arrays.sort(convert);
        convertMs[0] = Timings.pct(convert, 50);
        return Timings.of(out);
    }

    private static LineChart<Number, Number> newLineChart() {
        var x = new NumberAxis();
        var y = new NumberAxis();
        x.setForceZeroInRange(false);
        y.setForceZeroInRange(false);
        var chart = new LineChart<>(x, y);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        return chart;
    }

    /** Each step point becomes (t, previous price) and (t, price); the last price holds to the end. */
    static List<XYChart.Series<Number, Number>> lineChartSeries(PriceHistory h, boolean steps) {
        var out = new ArrayList<XYChart.Series<Number, Number>>();
        long end = h.end().toEpochMilli();
        for (var s : h.series()) {
            var data = new ArrayList<XYChart.Data<Number, Number>>(steps ? 2 * s.size() + 1 : s.size());
            for (int i = 0; i < s.size(); i++) {
                if (steps && i > 0) {
                    data.add(new XYChart.Data<>(s.time(i), s.price(i - 1)));
                }
                data.add(new XYChart.Data<>(s.time(i), s.price(i)));
            }
            if (steps) {
                data.add(new XYChart.Data<>(end, s.price(s.size() - 1)));
            }
            out.add(new XYChart.Series<>(s.key().label(), FXCollections.observableList(data)));
        }
        return out;
    }

    // ---- redraw -------------------------------------------------------------------------

    private static void redrawRows(Table table, PriceHistory small, PriceHistory large) throws Exception {
        var ops = ops(130, SEED);
        var ours = redrawOurs(large, ops, 30);
        var lineChart = redrawLineChart(small, ops.subList(0, 45), 5);
        var raw = redrawRaw(large, ops.subList(0, 25), 5, true);
        var floor = redrawRaw(large, ops.subList(0, 60), 10, false);
        table.note("ops: a fixed-seed mix of wheel zooms (x0.8 / x1.25, up to 14 levels in) and right-drag pans,"
                + " fired as ScrollEvent / MouseEvent at the chart; %d timed after %d warm-ups", ours.count(), 30);
        table.note("baselines get the same ops as axis bounds / viewport changes: LineChart (steps, 2x10^5 Data)"
                + " on 10^5 points, %d timed; a canvas stroking every raw step of the 10^6 points, %d timed;"
                + " the floor is what a frame costs here at all: the same canvas, only filled white, %d timed",
                lineChart.count(), raw.count(), floor.count());
        table.rowMax("redraw 10^6, p95 latency (ms)", ours.p95Latency(), lineChart.p95Latency(),
                "LineChart at 10^5, p95", REDRAW_TARGET_MS);
        table.rowMax("redraw 10^6, p95 latency (ms)", ours.p95Latency(), raw.p95Latency(),
                "raw-step canvas at 10^6, p95", REDRAW_TARGET_MS);
        table.rowMax("redraw 10^6, p95 work (ms)", ours.p95Work(), lineChart.p95Work(),
                "LineChart at 10^5, p95 work", REDRAW_TARGET_MS);
        table.rowMax("redraw 10^6, p95 CPU (ms)", ours.p95Cpu(), lineChart.p95Cpu(),
                "LineChart at 10^5, p95 CPU of FX + render threads", Double.NaN);
        table.rowFloor("redraw 10^6, p95 latency (ms)", ours.p95Latency(), floor.p95Latency(),
                "floor: same frames, canvas only cleared (no ratio)");
        table.rowMax("redraw 10^6, p50 latency (ms)", ours.latency(), lineChart.latency(),
                "LineChart at 10^5, p50", Double.NaN);
        table.rowMax("redraw 10^6, max latency (ms)", ours.maxLatency(), lineChart.maxLatency(),
                "LineChart at 10^5, max", Double.NaN);
        table.split("ours", ours);
        table.split("LineChart", lineChart);
        table.split("raw-step canvas", raw);
        table.split("floor (cleared canvas)", floor);
    }

    /** One gesture: a wheel notch at (x, y), in if dy (the wheel delta) &gt; 0; or a drag to x by (dx, dy). */
    record Op(boolean zoom, double x, double y, double dx, double dy) {
        ChartViewport apply(ChartViewport v) {
            return zoom ? v.zoomTime(dy > 0 ? 0.8 : 1.25, Math.max(0, Math.min(v.width(), x - LEFT)))
                    : v.pan(dx, dy);
        }
    }

    static List<Op> ops(int n, long seed) {
        var rnd = new Random(seed);
        var out = new ArrayList<Op>();
        int level = 0;
        double dragX = LEFT + PLOT_W / 2;
        for (int i = 0; i < n; i++) {
            double r = rnd.nextDouble();
            double x = LEFT + 10 + rnd.nextDouble() * (PLOT_W - 20);
            double y = TOP + 10 + rnd.nextDouble() * (PLOT_H - 20);
            boolean in = level == 0 ? r < 0.7 : level < 14 && r < 0.35;
            boolean zoomOut = !in && level > 0 && r < (level < 14 ? 0.65 : 0.5);
            if (in || zoomOut) {
                level += in ? 1 : -1;
                out.add(new Op(true, x, y, 0, in ? 40 : -40));
            } else {
                double dx = (30 + rnd.nextDouble() * 270) * (rnd.nextBoolean() ? 1 : -1);
                if (dragX + dx < LEFT || dragX + dx > LEFT + PLOT_W) {
                    dx = -dx;
                }
                dragX += dx;
                out.add(new Op(false, dragX, 0, dx, Math.round((rnd.nextDouble() - 0.5) * 16)));
            }
        }
        return out;
    }

    private static Timings redrawOurs(PriceHistory h, List<Op> ops, int warmups) throws Exception {
        progress("redraw: PriceChart");
        var chart = onFx(() -> new PriceChart(ZoneOffset.UTC));
        var frames = show(chart);
        frames.time(() -> chart.historyProperty().set(h));
        double[] drag = {LEFT + PLOT_W / 2, TOP + PLOT_H / 2};
        frames.time(() -> Event.fireEvent(chart, mouse(MouseEvent.MOUSE_PRESSED, drag[0], drag[1])));
        var out = new ArrayList<Frame>();
        for (int i = 0; i < ops.size(); i++) {
            var op = ops.get(i);
            var event = op.zoom ? wheel(op.x, op.y, op.dy) : mouse(MouseEvent.MOUSE_DRAGGED, op.x, drag[1] += op.dy);
            var f = frames.time(() -> Event.fireEvent(chart, event));
            if (i >= warmups) {
                out.add(f);
            }
        }
        frames.close();
        return Timings.of(out);
    }

    private static Timings redrawLineChart(PriceHistory h, List<Op> ops, int warmups) throws Exception {
        progress("redraw: LineChart");
        var chart = onFx(ChartBenchmark::newLineChart);
        var data = lineChartSeries(h, true);
        var frames = show(chart);
        var view = new ChartViewport[] {fit(h)};
        Runnable apply = () -> {
            var v = view[0];
            bounds((NumberAxis) chart.getXAxis(), v.t0(), v.t1());
            bounds((NumberAxis) chart.getYAxis(), v.p0(), v.p1());
        };
        frames.time(() -> {
            apply.run();
            chart.getData().setAll(data);
        });
        var out = new ArrayList<Frame>();
        for (int i = 0; i < ops.size(); i++) {
            view[0] = ops.get(i).apply(view[0]);
            var f = frames.time(apply);
            if (i >= warmups) {
                out.add(f);
            }
        }
        frames.close();
        return Timings.of(out);
    }

    private static void bounds(NumberAxis axis, double lo, double hi) {
        axis.setAutoRanging(false);
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit((hi - lo) / 10);
    }

    private static Timings redrawRaw(PriceHistory h, List<Op> ops, int warmups, boolean series) throws Exception {
        progress(series ? "redraw: raw-step canvas" : "redraw: floor");
        var canvas = onFx(() -> new RawStepCanvas(h, series));
        var frames = show(canvas);
        var out = new ArrayList<Frame>();
        for (int i = 0; i < ops.size(); i++) {
            var next = ops.get(i).apply(canvas.view);
            var f = frames.time(() -> {
                canvas.view = next;
                canvas.requestLayout();
            });
            if (i >= warmups) {
                out.add(f);
            }
        }
        frames.close();
        return Timings.of(out);
    }

    /** The viewport PriceChart fits to (whole window, prices with 8% air), for the baselines. */
    static ChartViewport fit(PriceHistory h) {
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (var s : h.series()) {
            for (int i = 0; i < s.size(); i++) {
                lo = Math.min(lo, s.micros(i));
                hi = Math.max(hi, s.micros(i));
            }
        }
        double l = PriceSeries.toDollars(lo);
        double u = PriceSeries.toDollars(hi);
        double pad = Math.max((u - l) * 0.08, u * 0.02 + 1e-4);
        return new ChartViewport(h.start().toEpochMilli(), h.end().toEpochMilli(), Math.max(0, l - pad), u + pad,
                PLOT_W, PLOT_H);
    }

    private static ScrollEvent wheel(double x, double y, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false, 0, deltaY,
                0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0,
                0, null);
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.SECONDARY, 1, false, false, false, false, false, false,
                true, false, false, false, null);
    }

    // ---- FX plumbing --------------------------------------------------------------------

    private static void headlessUnlessSet() {
        String[][] defaults = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"},
            {"prism.order", "sw"}, {"headless.geometry", "1600x1000-32"}, {"java.awt.headless", "true"}};
        for (var d : defaults) {
            if (System.getProperty(d[0]) == null) {
                System.setProperty(d[0], d[1]);
            }
        }
    }

    static <T> T onFx(Callable<T> task) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }

    static void gc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(40);
        }
    }

    private static Frames show(Parent root) throws Exception {
        var frames = onFx(() -> {
            var stage = new Stage();
            var scene = new Scene(root, WIDTH, HEIGHT);
            stage.setScene(scene);
            stage.show();
            return new Frames(stage);
        });
        frames.time(() -> { });
        return frames;
    }

    static void progress(String what) {
        System.err.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), what);
    }
}
