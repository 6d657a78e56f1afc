package org.spotspec.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spotspec.bench.Frames.Timings;

/** The aligned result table. */
final class Table {
    static final String[] HEADER = {"figure", "ours", "baseline", "ratio", "target", "result", "baseline is"};
    private final String title;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(String title) {
        this.title = title;
    }

    void note(String format, Object... args) {
        notes.add(String.format(Locale.ROOT, format, args));
    }

    /** A "faster by" row: ratio = baseline / ours, target a minimum ratio. */
    void row(String figure, double ours, double baseline, String baselineName, double targetRatio) {
        double ratio = baseline / ours;
        rows.add(new String[] {figure, ms(ours), ms(baseline), String.format(Locale.ROOT, "%.1fx", ratio),
            String.format(Locale.ROOT, ">= %.0fx", targetRatio), met(ratio >= targetRatio),
            baselineName});
    }

    /** A "no more than" row: the target is an upper bound on ours (NaN: informational). */
    void rowMax(String figure, double ours, double baseline, String baselineName, double targetMs) {
        rows.add(new String[] {figure, ms(ours), ms(baseline),
            String.format(Locale.ROOT, "%.1fx", baseline / ours),
            Double.isNaN(targetMs) ? "" : String.format(Locale.ROOT, "<= %.0f ms", targetMs),
            Double.isNaN(targetMs) ? "" : met(ours <= targetMs), baselineName});
    }

    /** A reference row without ratio or target: what the platform alone costs. */
    void rowFloor(String figure, double ours, double floor, String floorName) {
        rows.add(new String[] {figure, ms(ours), ms(floor), "", "", "", floorName});
    }

    void split(String name, Timings t) {
        notes.add(String.format(Locale.ROOT, "%s: median latency %s ms = fx %s + paint %s, idle wait %s;"
                + " CPU (FX + render threads) median %s, p95 %s (n=%d)", name, ms(t.latency()), ms(t.fx()),
                ms(t.work() - t.fx()), ms(t.latency() - t.work()), ms(t.cpu()), ms(t.p95Cpu()), t.count()));
    }

    void print() {
        notes.add(String.format(Locale.ROOT, "system load average at the end: %.2f on %d CPUs",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        var all = new ArrayList<String[]>();
        all.add(HEADER);
        all.addAll(rows);
        printAligned(title, all);
        notes.forEach(n -> System.out.println("  " + n));
        System.out.println();
    }

    /**
     * {@code rows} (the first the header) under {@code title}, each column as wide as its widest
     * cell, the figures (ours, baseline, ratio) right-aligned: the layout of every benchmark's table.
     */
    static void printAligned(String title, List<String[]> rows) {
        int[] width = new int[HEADER.length];
        for (var r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        System.out.println("== " + title);
        for (var r : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(width[i] - r[i].length());
                boolean numeric = i >= 1 && i <= 3;
                line.append(numeric ? pad + r[i] : r[i] + pad).append("  ");
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }

    private static String met(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}
