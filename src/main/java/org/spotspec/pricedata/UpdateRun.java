package org.spotspec.pricedata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.ArchiveBatch;
import org.spotspec.archive.ArchiveException;
import org.spotspec.archive.PriceArchive;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.concurrent.DaemonExecutors;
import org.spotspec.prices.PriceHistory;

/**
 * One archive update: a worker per region (regions in parallel, as the plain fetch runs them),
 * each fetching its spans oldest first and storing each span the moment it arrives, so a sync
 * killed half-way keeps every region and span it finished. A region that fails stops there.
 */
final class UpdateRun {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateRun.class);

    private final SpotPriceService service;
    private final PriceArchive store;
    private final AwsSession session;
    private final FetchProgress progress;
    private final BooleanSupplier cancelled;
    private final List<FetchedSpan> fetched = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> records = new ConcurrentHashMap<>();
    private final Map<String, AwsProblem> failed = new ConcurrentHashMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong allRecords = new AtomicLong();
    private final AtomicInteger regionsDone = new AtomicInteger();
    private volatile String writeProblem = "";
    private PriceHistory.Builder unstored;
    private int regionsTotal;

    UpdateRun(SpotPriceService service, PriceArchive store, AwsSession session, FetchProgress progress,
              BooleanSupplier cancelled) {
        this.service = service;
        this.store = store;
        this.session = session;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    ArchiveUpdate run(List<SyncPlan.Step> steps, Instant start, Instant end) {
        unstored = new PriceHistory.Builder(start, end);
        var byRegion = new LinkedHashMap<String, List<SyncPlan.Step>>();
        for (var step : steps) {
            for (var region : step.regions()) {
                byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(step.forRegion(region));
            }
        }
        regionsTotal = byRegion.size();
        if (regionsTotal == 1) {
            byRegion.forEach(this::region);
        } else if (regionsTotal > 1) {
            parallel(byRegion);
        }
        var failedInOrder = new LinkedHashMap<String, AwsProblem>();
        byRegion.keySet().stream().filter(failed::containsKey).forEach(r -> failedInOrder.put(r, failed.get(r)));
        boolean offline = regionsTotal > 0 && failed.size() == regionsTotal
                && failed.values().stream().allMatch(ArchivedPrices::unreachable);
        var problem = writeProblem;
        return new ArchiveUpdate(List.copyOf(fetched), records, failedInOrder, stopped.get(), offline, problem,
                problem.isEmpty() ? null : unstored.build());
    }

    private void parallel(Map<String, List<SyncPlan.Step>> byRegion) {
        var pool = DaemonExecutors.pool("archive-update",
                Math.min(SpotPriceService.DEFAULT_PARALLEL_REGIONS, byRegion.size()));
        var futures = new LinkedHashMap<String, Future<?>>();
        try {
            byRegion.forEach((region, steps) -> futures.put(region, pool.submit(() -> region(region, steps))));
            for (var e : futures.entrySet()) {
                try {
                    e.getValue().get();
                } catch (ExecutionException ex) {
                    failed.putIfAbsent(e.getKey(), ErrorTranslator.translate("Fetch prices in " + e.getKey(),
                            ex.getCause()));
                }
            }
        } catch (InterruptedException e) {
            stopped.set(true);
            futures.values().forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    private void region(String region, List<SyncPlan.Step> steps) {
        var regionProgress = new RegionProgress();
        for (var step : steps) {
            if (stopped.get() || cancelled.getAsBoolean()) {
                stopped.set(true);
                return;
            }
            var query = step.without(List.of()).orElseThrow();
            LOG.info("Fetching {} key(s) in {} over {} .. {}", step.keys().size(), region, step.span().from(),
                    step.span().to());
            var result = service.fetch(session, query, regionProgress, cancelled);
            records.merge(region, result.history().pointCount(), Long::sum);
            regionProgress.nextCall();
            store(step, result);
            if (result.cancelled()) {
                stopped.set(true);
                return;
            }
            var problem = result.failedRegions().get(region);
            if (problem != null) {
                failed.putIfAbsent(region, problem);
                progress.regionFinished(region, false, regionsDone.incrementAndGet(), regionsTotal);
                return;
            }
        }
        progress.regionFinished(region, true, regionsDone.incrementAndGet(), regionsTotal);
    }

    private void store(SyncPlan.Step step, SpotPriceService.FetchResult result) {
        var covered = step.covered(result);
        if (writeProblem.isEmpty()) {
            try {
                store.write(new ArchiveBatch(result.history(), covered, step.span().from(), step.span().to()));
                covered.forEach(k -> fetched.add(new FetchedSpan(k, step.span())));
                return;
            } catch (ArchiveException e) {
                LOG.warn("Storing fetched prices failed: {}", e.getMessage());
                writeProblem = e.getMessage();
            }
        }
        unstored.addAll(result.history());
    }

    /** One region's pages and records across its spans, with the total of all regions, for the caller's progress. */
    private final class RegionProgress implements FetchProgress {
        private int pagesBefore;
        private int pagesInCall;
        private long recordsInCall;

        @Override
        public synchronized void pageFetched(String region, int pagesSoFarInRegion, long recordsSoFarTotal) {
            long delta = recordsSoFarTotal - recordsInCall;
            recordsInCall = recordsSoFarTotal;
            pagesInCall = pagesSoFarInRegion;
            progress.pageFetched(region, pagesBefore + pagesSoFarInRegion, allRecords.addAndGet(delta));
        }

        @Override
        public void regionFinished(String region, boolean succeeded, int done, int total) {
            // Told once per region by the run itself, when its last span is stored.
        }

        synchronized void nextCall() {
            pagesBefore += pagesInCall;
            pagesInCall = 0;
            recordsInCall = 0;
        }
    }
}
