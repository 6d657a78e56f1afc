package org.spotspec.pricedata;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.FetchProgress;
import org.spotspec.pricedata.SyncOutcome.Status;

/**
 * Brings the tracked series up to date in the archive: one sync at a time per instance (a call
 * while one runs waits for it and gets its outcome: the timer, a "Sync now" click and the CLI
 * never fetch the same spans twice), and none while the session needs a sign-in or an MFA code
 * (asking for a code is the user's call, not a timer's).
 */
public final class PriceSync {
    private static final Logger LOG = LoggerFactory.getLogger(PriceSync.class);

    private final ArchivedPrices prices;
    private final Clock clock;
    private CompletableFuture<SyncOutcome> running;

    public PriceSync(ArchivedPrices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    /** Whether a sync runs now. */
    public synchronized boolean isRunning() {
        return running != null;
    }

    /**
     * Syncs once, blocking; never throws for AWS or archive failures (they are in the outcome).
     *
     * @param session null when signed out: the outcome says {@link Status#NEEDS_SIGN_IN}
     */
    public SyncOutcome syncOnce(AwsSession session, TrackedSeries tracked, FetchProgress progress,
                                BooleanSupplier cancelled) {
        var now = clock.instant();
        if (session == null) {
            return SyncOutcome.notRun(Status.NEEDS_SIGN_IN, now, "Not synced: sign in to sync the tracked prices.");
        }
        if (session.isExpired(now)) {
            return SyncOutcome.notRun(Status.NEEDS_SIGN_IN, now,
                    "Not synced: the MFA session has expired; enter a new code to resume.");
        }
        if (tracked.isEmpty()) {
            return SyncOutcome.notRun(Status.NOTHING_TRACKED, now, "Nothing to sync: no series are tracked.");
        }
        CompletableFuture<SyncOutcome> mine = null;
        CompletableFuture<SyncOutcome> other;
        synchronized (this) {
            other = running;
            if (other == null) {
                mine = new CompletableFuture<>();
                running = mine;
            }
        }
        if (other != null) {
            LOG.info("A sync is already running; waiting for its outcome");
            return other.join(); // outside the lock: the running sync needs it to finish
        }
        try {
            var outcome = run(session, tracked, progress, cancelled);
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                running = null;
            }
        }
    }

    private SyncOutcome run(AwsSession session, TrackedSeries tracked, FetchProgress progress,
                            BooleanSupplier cancelled) {
        var update = prices.update(session, tracked.query(clock.instant()), progress, cancelled);
        var at = clock.instant();
        if (!update.writeProblem().isEmpty() && update.fetched().isEmpty()) {
            return SyncOutcome.notRun(Status.NO_ARCHIVE, at, "Not synced: " + update.writeProblem());
        }
        var regions = new ArrayList<RegionOutcome>();
        for (var region : tracked.regions()) {
            int spans = (int) update.fetched().stream().filter(f -> f.key().region().equals(region)).count();
            regions.add(new RegionOutcome(region, update.records().getOrDefault(region, 0L), spans,
                    Optional.ofNullable(update.failedRegions().get(region))));
        }
        var outcome = new SyncOutcome(status(update, regions), regions, at, summary(update, regions));
        LOG.info("{}", outcome.message());
        return outcome;
    }

    private static Status status(ArchiveUpdate update, java.util.List<RegionOutcome> regions) {
        if (update.failedRegions().values().stream().anyMatch(p -> p.kind() == AwsProblem.Kind.EXPIRED_SESSION)) {
            return Status.NEEDS_SIGN_IN;
        }
        if (update.cancelled()) {
            return Status.CANCELLED;
        }
        long failed = regions.stream().filter(RegionOutcome::failed).count();
        return failed == 0 ? Status.DONE : failed == regions.size() ? Status.FAILED : Status.PARTIAL;
    }

    private static String summary(ArchiveUpdate update, java.util.List<RegionOutcome> regions) {
        long failed = regions.stream().filter(RegionOutcome::failed).count();
        var text = String.format("Synced %d region(s): %,d records, %d span(s)", regions.size() - failed,
                update.totalRecords(), update.fetched().size());
        if (failed > 0) {
            text += "; " + failed + " failed (" + String.join(", ", update.failedRegions().keySet()) + ")";
        }
        if (update.cancelled()) {
            text += "; cancelled";
        }
        return update.writeProblem().isEmpty() ? text : text + "; not all stored: " + update.writeProblem();
    }
}
