package org.spotspec.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.spotspec.prices.PriceHistory;

/**
 * Retained heap per price point: a {@link PriceHistory} of 10^6 points in 30 series against the
 * same points as {@code XYChart.Data<Number, Number>} (a boxed Long time and a boxed Double
 * price each) in 30 observable lists, what a stock JavaFX chart would hold. Each figure is the
 * growth of the used heap after full GCs while the structure is strongly held, so it counts
 * everything the structure keeps alive and none of the garbage made while building it.
 * No JavaFX toolkit is started: XYChart.Data and observable lists are plain objects.
 * Run with {@code mvn -Pbench -DskipTests verify}, or {@code java -cp <test classpath>
 * org.spotspec.bench.MemoryBenchmark} (optional argument: the number of points).
 */
public final class MemoryBenchmark {
    private static final double TARGET_BYTES_PER_POINT = 24;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        var gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList();
        System.out.printf(Locale.ROOT, "SpotSpec memory benchmark: Java %s, max heap %d MB, GC %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, gcs);
        System.out.printf(Locale.ROOT, "data: %d points in %d step series (ChartBenchmark's generator, seed %d)%n%n",
                points, ChartBenchmark.SERIES, ChartBenchmark.SEED + 1);

        // Warm up the generator and the conversion once, so class loading and JIT metadata made
        // on first use is not charged to the structure measured first.
        xyLists(SyntheticHistory.of(30_000, ChartBenchmark.SERIES, 1));

        long empty = usedAfterGc();
        PriceHistory history = SyntheticHistory.of(points, ChartBenchmark.SERIES, ChartBenchmark.SEED + 1);
        long withHistory = usedAfterGc();
        List<ObservableList<XYChart.Data<Number, Number>>> lists = xyLists(history);
        long withBoth = usedAfterGc();
        long n = history.pointCount();
        double ours = (withHistory - empty) / (double) n;
        double baseline = (withBoth - withHistory) / (double) n;
        Reference.reachabilityFence(history);
        Reference.reachabilityFence(lists);

        var rows = List.of(Table.HEADER,
            new String[] {"retained heap (B/point)", fmt(ours), fmt(baseline), fmt(baseline / ours) + "x",
                "<= " + fmt(TARGET_BYTES_PER_POINT), ours <= TARGET_BYTES_PER_POINT ? "MET" : "NOT MET",
                "XYChart.Data<Number,Number>(Long, Double) in 30 ObservableLists"},
            new String[] {"retained heap (MB total)", fmt((withHistory - empty) / 1e6),
                fmt((withBoth - withHistory) / 1e6), fmt(baseline / ours) + "x", "", "", "same"});
        Table.printAligned("memory: retained heap after GC, " + n + " points", rows);
        System.out.println("  ours: PriceHistory (2 primitive columns per series: long time + int micro-dollars,"
                + " 12 B/point + headers, and the key map)");
        System.out.println("  a stepped LineChart needs 2 Data per point, so twice the baseline figure");
        System.out.println("  used heap read from MemoryMXBean after 4x System.gc() with pauses; ratio = baseline / ours");
    }

    static List<ObservableList<XYChart.Data<Number, Number>>> xyLists(PriceHistory h) {
        var out = new ArrayList<ObservableList<XYChart.Data<Number, Number>>>();
        for (var s : h.series()) {
            var list = FXCollections.<XYChart.Data<Number, Number>>observableArrayList();
            for (int i = 0; i < s.size(); i++) {
                list.add(new XYChart.Data<>(Long.valueOf(s.time(i)), Double.valueOf(s.price(i))));
            }
            out.add(list);
        }
        return out;
    }

    private static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
