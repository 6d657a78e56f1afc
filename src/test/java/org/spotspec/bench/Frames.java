package org.spotspec.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/** Times changes to one stage's scene. Listeners run on the FX thread only. */
final class Frames {
    /** Snapshotted after a pulse: its render job queues behind that pulse's paint. */
    private static final Node FENCE = new Rectangle(1, 1);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Stage stage;
    private final long renderThread = Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
            .orElse(-1);
    private long pulseStart;
    private Consumer<long[]> pending;
    private Runnable atPulse;

    Frames(Stage stage) {
        this.stage = stage;
        var scene = stage.getScene();
        scene.addPreLayoutPulseListener(() -> {
            var change = atPulse;
            atPulse = null;
            if (change != null) {
                change.run();
            }
            pulseStart = System.nanoTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            var callback = pending;
            pending = null;
            if (callback != null) {
                callback.accept(new long[] {pulseStart, System.nanoTime()});
            }
        });
    }

    Frame time(Runnable change) throws Exception {
        var done = new CompletableFuture<Frame>();
        Platform.runLater(() -> apply(change, done));
        return done.get(2, TimeUnit.MINUTES);
    }

    /**
     * As {@link #time}, but the change is made as a pulse begins (before its CSS and layout),
     * so the figure holds no idle wait for the 60 Hz pulse timer: that wait is uniformly
     * random, averages ~8 ms and belongs to the toolkit, not to the chart being measured.
     */
    Frame timeAtPulse(Runnable change) throws Exception {
        var done = new CompletableFuture<Frame>();
        Platform.runLater(() -> {
            atPulse = () -> apply(change, done);
            Platform.requestNextPulse();
        });
        return done.get(2, TimeUnit.MINUTES);
    }

    private void apply(Runnable change, CompletableFuture<Frame> done) {
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        change.run();
        long applied = System.nanoTime();
        pending = pulse -> Platform.runLater(() -> {
            // Rendering is asynchronous: this snapshot's job queues behind the pulse's paint.
            FENCE.snapshot(null, null);
            long painted = System.nanoTime();
            done.complete(new Frame(t0, applied, pulse[0], pulse[1], painted, cpu() - cpu0));
        });
        Platform.requestNextPulse();
    }

    /** CPU time of this (the FX) thread and the render thread, ns. */
    private long cpu() {
        long fx = THREADS.getCurrentThreadCpuTime();
        return fx + (renderThread < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderThread)));
    }

    void close() throws Exception {
        ChartBenchmark.onFx(() -> {
            stage.close();
            return null;
        });
        ChartBenchmark.gc();
    }

    /**
     * When one change shows: t0, change applied, pulse start, layout done, render thread done (ns),
     * and the CPU time the FX and render threads spent in between: unlike the wall-clock figures,
     * that one hardly moves when other processes compete for the CPUs.
     */
    record Frame(long t0, long applied, long pulseStart, long laidOut, long painted, long cpu) {
        double latencyMs() {
            return (painted - t0) / 1e6;
        }

        /** Latency minus the idle wait between the change and the pulse that shows it. */
        double workMs() {
            return (applied - t0 + painted - pulseStart) / 1e6;
        }

        double fxMs() {
            return (applied - t0 + laidOut - pulseStart) / 1e6;
        }

        double cpuMs() {
            return cpu / 1e6;
        }
    }

    /** Medians and percentiles of a set of frames. */
    record Timings(int count, double latency, double work, double fx, double cpu, double p95Latency,
                   double p95Work, double p95Cpu, double maxLatency) {
        static Timings of(List<Frame> frames) {
            double[] latency = frames.stream().mapToDouble(Frame::latencyMs).sorted().toArray();
            double[] work = frames.stream().mapToDouble(Frame::workMs).sorted().toArray();
            double[] fx = frames.stream().mapToDouble(Frame::fxMs).sorted().toArray();
            double[] cpu = frames.stream().mapToDouble(Frame::cpuMs).sorted().toArray();
            return new Timings(frames.size(), pct(latency, 50), pct(work, 50), pct(fx, 50), pct(cpu, 50),
                    pct(latency, 95), pct(work, 95), pct(cpu, 95), latency[latency.length - 1]);
        }

        /** Nearest-rank percentile of sorted values. */
        static double pct(double[] sorted, double p) {
            return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }
}
