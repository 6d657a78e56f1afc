package org.spotspec.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;
import org.spotspec.prices.PriceSeries;
import org.spotspec.prices.SeriesKey;
import org.spotspec.concurrent.DaemonExecutors;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.DescribeSpotPriceHistoryRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.SpotPrice;

/**
 * One run of {@link SpotPriceService#fetch}: a worker per region pages through
 * DescribeSpotPriceHistory and pours the records into one {@link PriceHistory.Builder}.
 *
 * <p>On cancellation the caller gets its answer at once, without waiting for calls in flight;
 * the builder is sealed first, so a late page can never reach a history already built.
 */
final class PriceFetch {
    private static final Logger LOG = LoggerFactory.getLogger(PriceFetch.class);
    private static final long CANCEL_POLL_MILLIS = 20;

    private final AwsSession session;
    private final PriceQuery query;
    private final FetchProgress progress;
    private final BooleanSupplier cancelled;
    private final List<String> regions;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<String, AwsProblem> failures = new ConcurrentHashMap<>();
    private final CountDownLatch pending;
    private final AtomicInteger regionsDone = new AtomicInteger();
    private final AtomicLong records = new AtomicLong();
    private final PriceHistory.Builder builder;
    private final ReadWriteLock sealLock = new ReentrantReadWriteLock();
    private boolean sealed;

    PriceFetch(AwsSession session, PriceQuery query, FetchProgress progress, BooleanSupplier cancelled) {
        this.session = session;
        this.query = query;
        this.progress = progress;
        this.cancelled = cancelled;
        this.regions = query.regions().stream().distinct().toList();
        this.pending = new CountDownLatch(regions.size());
        this.builder = new PriceHistory.Builder(query.start(), query.end());
    }

    SpotPriceService.FetchResult run(int maxParallelRegions) {
        if (!regions.isEmpty()) {
            var executor = DaemonExecutors.pool("spot-prices", Math.min(maxParallelRegions, regions.size()));
            var futures = new ArrayList<Future<?>>();
            try {
                regions.forEach(region -> futures.add(executor.submit(() -> region(region))));
                awaitRegions();
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
            } finally {
                if (stop.get()) {
                    futures.forEach(f -> f.cancel(true));
                }
                executor.shutdownNow();
            }
        }
        var history = seal();
        var failed = new LinkedHashMap<String, AwsProblem>();
        regions.stream().filter(failures::containsKey).forEach(r -> failed.put(r, failures.get(r)));
        LOG.info("Fetched spot prices of {} regions: {} records, {} failed{}", regions.size(), records.get(),
                failed.size(), stop.get() ? ", cancelled" : "");
        return new SpotPriceService.FetchResult(history, failed, stop.get());
    }

    /** The query's zones that lie in {@code region}; none means the whole region. */
    static List<String> zonesIn(String region, List<String> zones) {
        // eu-west-1a and us-east-1-bos-1a lie in their region; ap-southeast-1 is no prefix of ap-southeast-10a.
        return zones.stream().filter(z -> z.length() > region.length() && z.startsWith(region)
                && !Character.isDigit(z.charAt(region.length()))).toList();
    }

    private void awaitRegions() throws InterruptedException {
        while (!pending.await(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (stopped()) {
                return;
            }
        }
    }

    private boolean stopped() {
        if (!stop.get() && cancelled.getAsBoolean()) {
            stop.set(true);
        }
        return stop.get();
    }

    private void region(String region) {
        try {
            fetchRegion(region);
        } finally {
            pending.countDown();
        }
    }

    private void fetchRegion(String region) {
        int pages = 0;
        try {
            var ec2 = session.ec2(Region.of(region));
            var request = request(region);
            String token = null;
            do {
                if (stopped()) {
                    return;
                }
                var page = ec2.describeSpotPriceHistory(request.toBuilder().nextToken(token).build());
                if (!add(region, page.spotPriceHistory())) {
                    return;
                }
                int pagesSoFar = ++pages;
                tell(() -> progress.pageFetched(region, pagesSoFar, records.get()));
                token = page.nextToken();
            } while (SpotPriceService.hasMore(token));
            tell(() -> progress.regionFinished(region, true, regionsDone.incrementAndGet(), regions.size()));
        } catch (RuntimeException e) {
            if (stopped()) {
                return; // a call broken off by cancellation is no failure of the region
            }
            var problem = ErrorTranslator.translate("Fetch prices in " + region, e);
            LOG.warn("{} after {} pages: {}", problem.headline(), pages, problem.meaning());
            failures.put(region, problem);
            tell(() -> progress.regionFinished(region, false, regionsDone.incrementAndGet(), regions.size()));
        }
    }

    private DescribeSpotPriceHistoryRequest request(String region) {
        var b = DescribeSpotPriceHistoryRequest.builder()
                .startTime(query.start()).endTime(query.end()).maxResults(SpotPriceService.PAGE_SIZE);
        if (!query.instanceTypes().isEmpty()) {
            b.instanceTypesWithStrings(query.instanceTypes());
        }
        if (!query.products().isEmpty()) {
            b.productDescriptions(query.products());
        }
        var zones = zonesIn(region, query.availabilityZones());
        if (!zones.isEmpty()) {
            b.filters(Filter.builder().name("availability-zone").values(zones).build());
        }
        return b.build();
    }

    /** Adds a page unless the history is already built; false when it is (cancelled). */
    private boolean add(String region, List<SpotPrice> page) {
        sealLock.readLock().lock();
        try {
            if (sealed) {
                return false;
            }
            int added = 0;
            for (var p : page) {
                if (p.availabilityZone() == null || p.instanceTypeAsString() == null
                        || p.productDescriptionAsString() == null || p.timestamp() == null) {
                    LOG.debug("Skipped an incomplete spot price record in {}", region);
                    continue;
                }
                int micros;
                try {
                    micros = PriceSeries.toMicros(p.spotPrice());
                } catch (IllegalArgumentException e) {
                    LOG.debug("Skipped a spot price record in {}: {}", region, e.getMessage());
                    continue;
                }
                builder.add(new SeriesKey(region, p.availabilityZone(), p.instanceTypeAsString(),
                        p.productDescriptionAsString()), p.timestamp().toEpochMilli(), micros);
                added++;
            }
            records.addAndGet(added);
            return true;
        } finally {
            sealLock.readLock().unlock();
        }
    }

    private PriceHistory seal() {
        sealLock.writeLock().lock();
        try {
            sealed = true;
        } finally {
            sealLock.writeLock().unlock();
        }
        return builder.build();
    }

    /** A listener's exception must not fail the region. */
    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("Fetch progress listener failed", e);
        }
    }
}
