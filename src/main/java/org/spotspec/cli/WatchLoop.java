package org.spotspec.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.watch.PollSchedule;
import org.spotspec.watch.RegionRead;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.SessionWatch;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEngine;
import org.spotspec.watch.WatchEvent;

/**
 * {@code spotspec watch}'s loop: polls each due region on a thread of a small pool (never two
 * polls of one region at once: {@link PollSchedule}), hands the stored events to the sink, pauses
 * when the MFA session ends and goes on after a renewal, until {@link #stop()}.
 */
final class WatchLoop {
    private static final Logger LOG = LoggerFactory.getLogger(WatchLoop.class);
    /** Regions read at once, at most: each read is two calls, and EC2 throttles per region anyway. */
    static final int MAX_THREADS = 8;
    /** How often the loop looks at the clock when nothing is due sooner. */
    private static final Duration TICK = Duration.ofSeconds(1);

    /** What the loop needs besides the session; the command builds it. */
    record Parts(RegionReader reader, WatchEngine engine, PollSchedule schedule, SessionWatch session,
                 Consumer<List<StoredEvent>> sink, Function<AwsSession, Optional<AwsSession>> renew,
                 Function<AwsSession, List<StoredEvent>> priceAlerts, Consumer<String> note) {
    }

    private final Parts parts;
    private final Clock clock;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    private volatile AwsSession session;

    WatchLoop(Parts parts, Clock clock) {
        this.parts = parts;
        this.clock = clock;
    }

    /** Runs until {@link #stop()} ({@link ExitCode#OK}) or an MFA session ends with none to renew it. */
    int run(AwsSession start) {
        session = start;
        var regions = parts.schedule().regions();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_THREADS, Math.max(1, regions.size())), r -> {
            var t = new Thread(r, "spotspec-watch-poll");
            t.setDaemon(true);
            return t;
        });
        try {
            return loop(pool);
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            ended.countDown();
        }
    }

    private int loop(ExecutorService pool) {
        var nextAlerts = clock.instant();
        while (stopping.getCount() > 0) {
            var now = clock.instant();
            var checked = session;
            tell(() -> parts.engine().note(parts.session().check(checked, now)));
            if (parts.session().paused(now)) {
                var renewed = parts.renew().apply(session);
                if (renewed.isEmpty()) {
                    return ExitCode.SESSION_ENDED;
                }
                session = renewed.get();
                continue;
            }
            for (var region : parts.schedule().due()) {
                var current = session;
                pool.execute(() -> poll(current, region));
            }
            if (!now.isBefore(nextAlerts)) {
                var current = session;
                tell(() -> parts.priceAlerts().apply(current));
                nextAlerts = now.plus(parts.schedule().interval());
            }
            sleep(now);
        }
        return ExitCode.OK;
    }

    private void poll(AwsSession current, String region) {
        RegionRead read;
        try {
            read = parts.reader().read(current, region);
        } catch (RuntimeException e) {
            var problem = ErrorTranslator.translate("Read " + region, e);
            LOG.debug("Reading {} failed: {}", region, problem.code());
            tell(() -> parts.engine().note(ofAccount(current, parts.schedule().failed(region, problem))));
            return;
        }
        // The read went well whatever the store does next: the schedule must hear of it, or the region stays in flight.
        var after = parts.schedule().succeeded(region);
        tell(() -> parts.engine().observe(current.identity().account(), read));
        tell(() -> parts.engine().note(ofAccount(current, after)));
        // Once per region on stderr, so a quiet watch is visibly alive (stdout carries events only).
        if (announced.add(region)) {
            parts.note().accept(region + ": " + read.requests().size() + " spot requests, " + read.instances().size()
                    + " spot instances; watching for changes every " + parts.schedule().interval(region).toSeconds()
                    + " s.");
        }
    }

    /**
     * Stores events and hands them to the sink. A store that fails (the archive's database gone
     * for a while) is reported and the watch goes on: the snapshot was not replaced either, so the
     * next poll finds the same changes and tells them then.
     */
    private void tell(Supplier<List<StoredEvent>> store) {
        List<StoredEvent> stored;
        try {
            stored = store.get();
        } catch (RuntimeException e) {
            LOG.warn("Events could not be stored: {}", e.toString());
            parts.note().accept("spotspec watch: events could not be stored (" + e.getMessage() + "); they are told "
                    + "again after the next poll that can store them (region changes; not session or watcher notes).");
            return;
        }
        parts.sink().accept(stored);
    }

    /** The schedule knows regions, not accounts: its events belong to the account being read. */
    private static List<WatchEvent> ofAccount(AwsSession session, List<WatchEvent> events) {
        var account = session.identity().account();
        return events.stream().map(e -> new WatchEvent(e.time(), account, e.region(), e.kind(), e.id(), e.from(),
                e.to(), e.message(), e.severity())).toList();
    }

    private void sleep(Instant now) {
        var wait = parts.schedule().nextPoll().map(next -> Duration.between(now, next))
                .filter(d -> d.compareTo(TICK) < 0).orElse(TICK);
        try {
            stopping.await(Math.max(50, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }

    /** Asks the loop to end after the polls in flight; returns at once. */
    void stop() {
        stopping.countDown();
    }

    /** Waits for {@link #run} to have returned; false when {@code timeout} passed first. */
    boolean awaitEnd(Duration timeout) {
        try {
            return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The session polls use now (a renewal replaces it). */
    AwsSession session() {
        return session;
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
