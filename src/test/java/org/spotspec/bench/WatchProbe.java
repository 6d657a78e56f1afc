package org.spotspec.bench;

import ch.qos.logback.classic.Level;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.PriceArchives;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SignInRequest;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.concurrent.DaemonExecutors;
import org.spotspec.watch.PollSchedule;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEngine;
import software.amazon.awssdk.regions.Region;

/**
 * The watcher as the app runs it, without a window: signed in with typed keys to an endpoint, a
 * tick once a second polling the regions that are due (each poll on a pool thread: one
 * DescribeSpotInstanceRequests and one DescribeInstances, diffed and stored with its events in the
 * archive's SQLite file). {@link WatchBenchmark} runs it in JVMs of their own, watching and idle.
 *
 * <p>{@code WatchProbe ENDPOINT watch|idle REGIONS INTERVAL_SECONDS SECONDS}: after a warm-up it
 * prints one line {@code cpuNanos=… wallNanos=… describeCalls=… polls=…} for the measured part.
 */
public final class WatchProbe implements AutoCloseable {
    static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    final AtomicInteger describeCalls = new AtomicInteger();
    final AtomicInteger polls = new AtomicInteger();
    private final AwsClientFactory clients;
    private final AwsSession session;
    private final PollSchedule schedule;
    private final RegionReader reader = new RegionReader(new SpotRequestService(), new InstanceService());
    private final WatchEngine engine;
    private final AutoCloseable archive;
    private final java.util.concurrent.ExecutorService pool;
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Boolean> running = new ConcurrentHashMap<>();

    WatchProbe(URI endpoint, List<String> regions, Duration interval, Path dir) {
        clients = new AwsClientFactory(ClientSettings.defaults(), call -> {
            if (call.operation().startsWith("Describe")) {
                describeCalls.incrementAndGet();
            }
        }, Clock.systemUTC());
        var env = new Environment(Map.of(), dir);
        var sessions = new SessionService(clients, env, () -> {
            throw new IllegalStateException("typed keys need no profiles");
        });
        session = sessions.signIn(new SignInRequest(new CredentialSource.TypedKeys(KEY_ID, Secret.of(SECRET)),
                Region.US_EAST_1, Optional.empty(), new AwsEndpoints(Optional.of(endpoint), Optional.of(endpoint))));
        var opened = PriceArchives.openEmbedded(dir.resolve("archive.db"));
        archive = opened;
        engine = new WatchEngine(opened.events(), Clock.systemUTC());
        schedule = new PollSchedule(Clock.systemUTC());
        schedule.regions(regions);
        schedule.interval(interval);
        pool = DaemonExecutors.pool("watch-probe", Math.min(4, regions.size()));
    }

    /** Ticks once a second; each event goes to {@code events} (on a pool thread). */
    void start(Consumer<List<StoredEvent>> events) {
        timer.scheduleWithFixedDelay(() -> {
            for (var region : schedule.due()) {
                pool.execute(() -> poll(region, events));
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    private void poll(String region, Consumer<List<StoredEvent>> events) {
        try {
            var stored = engine.observe(session.identity().account(), reader.read(session, region));
            schedule.succeeded(region);
            polls.incrementAndGet();
            events.accept(stored);
        } catch (RuntimeException e) {
            schedule.failed(region, ErrorTranslator.translate("Watch " + region, e));
        }
    }

    @Override
    public void close() throws Exception {
        timer.shutdownNow();
        pool.shutdownNow();
        session.close();
        clients.close();
        archive.close();
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.spotspec")).setLevel(Level.ERROR);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("software.amazon")).setLevel(Level.ERROR);
        var endpoint = URI.create(args[0]);
        boolean watching = args[1].equals("watch");
        var regions = WatchBenchmark.regions(Integer.parseInt(args[2]));
        var interval = Duration.ofSeconds(Long.parseLong(args[3]));
        var measured = Duration.ofSeconds(Long.parseLong(args[4]));
        var dir = Files.createTempDirectory("spotspec-watch-probe");
        try (var probe = new WatchProbe(endpoint, regions, interval, dir)) {
            if (watching) {
                probe.start(events -> { });
            } else {
                // The idle app: signed in, its archive open, a tick once a second that finds nothing due.
                probe.timer.scheduleWithFixedDelay(() -> { }, 0, 1, TimeUnit.SECONDS);
            }
            Thread.sleep(WARM_UP.toMillis());
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            int calls0 = probe.describeCalls.get();
            int polls0 = probe.polls.get();
            Thread.sleep(measured.toMillis());
            System.out.printf("cpuNanos=%d wallNanos=%d describeCalls=%d polls=%d%n", os.getProcessCpuTime() - cpu0,
                    System.nanoTime() - wall0, probe.describeCalls.get() - calls0, probe.polls.get() - polls0);
        }
    }
}
