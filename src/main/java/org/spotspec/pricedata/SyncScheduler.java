package org.spotspec.pricedata;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sync at an interval while the app runs (default every 15 minutes). The next run is
 * counted from the end of the last, so a slow sync never overlaps the next; a failing run never
 * stops the timer. No JavaFX: the app starts and stops it, tests give it their own executor.
 */
public final class SyncScheduler implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final ScheduledExecutorService executor;
    private final Runnable job;
    private ScheduledFuture<?> scheduled;
    private Duration interval = DEFAULT_INTERVAL;

    /** @param job one sync, blocking (e.g. the model's sync of the tracked series) */
    public SyncScheduler(ScheduledExecutorService executor, Runnable job) {
        this.executor = executor;
        this.job = job;
    }

    /** Starts (or restarts) the timer: a first run after {@code firstDelay}, then every {@code every}. */
    public synchronized void start(Duration firstDelay, Duration every) {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("interval must be positive: " + every);
        }
        stop();
        interval = every;
        scheduled = executor.scheduleWithFixedDelay(this::runSafely, firstDelay.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops the timer; a run in progress finishes. */
    public synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
    }

    public synchronized boolean isStarted() {
        return scheduled != null;
    }

    public synchronized Duration interval() {
        return interval;
    }

    private void runSafely() {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.warn("Price sync failed; trying again at the next interval", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
