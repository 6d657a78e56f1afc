package org.spotspec.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.spotspec.aws.AwsRegions;
import org.spotspec.demo.LocalAws;
import org.spotspec.watch.EventKind;

/**
 * The watcher's costs, against the local EC2 simulator ({@link LocalAws}, in this JVM so its work
 * is not counted):
 * <ol>
 *   <li><b>CPU</b>: two JVMs side by side for the same minutes ({@code -Dwatch.minutes}, default 5),
 *   both signed in with their archive open and a once-a-second tick: one idle (the baseline), one
 *   watching 10 regions every 60 s ({@link WatchProbe}). The figure is the watcher's extra CPU time
 *   (all the JVM's threads: pool, timer, JIT, GC) as a share of one core; target under 1 %. The
 *   describe calls it made are counted too: one per region and kind per interval.</li>
 *   <li><b>Latency</b>: the same watcher in this JVM; in each of the 10 regions an interruption
 *   notice is given at a random moment (fixed seed) after the first poll; the figure is the time
 *   from the notice at the stub to the event, against the bound interval + 5 s.</li>
 * </ol>
 * {@code mvn -Pbench -DskipTests test-compile exec:exec@watch-benchmark}
 */
public final class WatchBenchmark {
    static final int REGIONS = 10;
    static final Duration INTERVAL = Duration.ofSeconds(60);
    private static final double CPU_TARGET = 0.01;
    private static final Pattern FIGURES = Pattern.compile(
            "cpuNanos=(\\d+) wallNanos=(\\d+) describeCalls=(\\d+) polls=(\\d+)");

    private WatchBenchmark() {
    }

    /** The first {@code n} commercial regions, the same in every JVM. */
    static List<String> regions(int n) {
        return AwsRegions.commercial().stream().map(AwsRegions.Choice::id).sorted().limit(n).toList();
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.spotspec"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        long minutes = Long.getLong("watch.minutes", 5);
        var stub = new LocalAws();
        int port = stub.start(0);
        var endpoint = URI.create("http://127.0.0.1:" + port);
        try {
            System.out.printf("SpotSpec watch benchmark: local EC2 on %s, %d CPUs, %d regions every %d s%n",
                    endpoint, Runtime.getRuntime().availableProcessors(), REGIONS, INTERVAL.toSeconds());
            var cpu = cpu(endpoint, minutes);
            var latency = latency(endpoint, stub);
            var rows = new ArrayList<String[]>();
            rows.add(Table.HEADER);
            rows.addAll(cpu);
            rows.addAll(latency);
            Table.printAligned("Watcher", rows);
        } finally {
            stub.stop();
        }
    }

    private static List<String[]> cpu(URI endpoint, long minutes) throws IOException, InterruptedException {
        var seconds = Long.toString(minutes * 60);
        var idle = probe(endpoint, "idle", seconds);
        var watch = probe(endpoint, "watch", seconds);
        var idleFigures = figures(idle);
        var watchFigures = figures(watch);
        double wall = watchFigures[1];
        double share = (watchFigures[0] - idleFigures[0]) / wall;
        double expectedCalls = REGIONS * 2.0 * (wall / 1e9) / INTERVAL.toSeconds();
        double callsPerRegionKindInterval = watchFigures[2] / expectedCalls;
        return List.<String[]>of(
                new String[] {"extra CPU watching " + REGIONS + " regions every " + INTERVAL.toSeconds() + " s, "
                        + minutes + " min (% of one core)", pct(watchFigures[0] / wall), pct(idleFigures[0] / wall),
                        pct(share), "< 1 %", share < CPU_TARGET ? "MET" : "NOT MET", "the same app idle, side by side"},
                new String[] {"describe calls per region and kind per interval", String.format(Locale.ROOT, "%.2f",
                        callsPerRegionKindInterval), "1.00", String.format(Locale.ROOT, "%.0f calls",
                        watchFigures[2]), "1 (no per-instance calls)",
                        Math.abs(callsPerRegionKindInterval - 1) < 0.15 ? "MET" : "NOT MET", "one per region and kind"});
    }

    private static Process probe(URI endpoint, String mode, String seconds) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                WatchProbe.class.getName(), endpoint.toString(), mode, Integer.toString(REGIONS),
                Long.toString(INTERVAL.toSeconds()), seconds).redirectErrorStream(true).start();
    }

    private static double[] figures(Process process) throws IOException, InterruptedException {
        var out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        var m = FIGURES.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("The probe printed no figures:\n" + out);
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }

    private static List<String[]> latency(URI endpoint, LocalAws stub) throws Exception {
        var regions = regions(REGIONS);
        var seen = new ConcurrentHashMap<String, Long>();
        var dir = Files.createTempDirectory("spotspec-watch-latency");
        try (var probe = new WatchProbe(endpoint, regions, INTERVAL, dir)) {
            probe.start(events -> events.stream().filter(e -> e.event().kind() == EventKind.INTERRUPTION)
                    .forEach(e -> seen.putIfAbsent(e.event().region(), System.nanoTime())));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (probe.polls.get() < REGIONS && System.nanoTime() < deadline) {
                Thread.sleep(100); // every region's first poll (the baseline) is done
            }
            var random = new Random(15);
            var notices = new ConcurrentHashMap<String, Long>();
            var http = HttpClient.newHttpClient();
            var triggers = new ArrayList<Thread>();
            for (var region : regions) {
                long delay = (long) (random.nextDouble() * INTERVAL.toMillis());
                var t = new Thread(() -> {
                    try {
                        Thread.sleep(delay);
                        interrupt(http, endpoint, region, running(stub, region));
                        notices.put(region, System.nanoTime());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                t.start();
                triggers.add(t);
            }
            deadline = System.nanoTime() + INTERVAL.multipliedBy(2).plusSeconds(30).toNanos();
            while (seen.size() < REGIONS && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            var latencies = regions.stream().filter(r -> seen.containsKey(r) && notices.containsKey(r))
                    .map(r -> (seen.get(r) - notices.get(r)) / 1e9).sorted().toList();
            double max = latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1);
            double median = latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() / 2);
            double bound = INTERVAL.toSeconds() + 5;
            return List.<String[]>of(new String[] {"notice at the stub → event, worst of " + REGIONS + " regions (s)",
                    String.format(Locale.ROOT, "%.1f (median %.1f)", max, median), String.format(Locale.ROOT, "%.0f",
                    bound), String.format(Locale.ROOT, "%.2f", max / bound), "≤ interval + 5 s",
                    latencies.size() == REGIONS && max <= bound ? "MET" : "NOT MET (" + latencies.size() + " seen)",
                    "the bound itself"});
        }
    }

    /** The region's running spot instance (the simulator seeds one in each region). */
    private static String running(LocalAws stub, String region) {
        return stub.instanceStates(region).entrySet().stream().filter(e -> e.getValue().equals("running"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static void interrupt(HttpClient http, URI endpoint, String region, String instance) throws Exception {
        var body = "Action=LocalInterruptSpotInstances&InstanceId.1=" + instance + "&Region=" + region;
        var answer = http.send(HttpRequest.newBuilder(endpoint).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("LocalInterruptSpotInstances: HTTP " + answer.statusCode());
        }
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.3f %%", share * 100);
    }
}
