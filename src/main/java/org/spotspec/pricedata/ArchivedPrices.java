package org.spotspec.pricedata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.archive.ArchiveException;
import org.spotspec.archive.PriceArchive;
import org.spotspec.archive.Span;
import org.spotspec.archive.SpanKey;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.FetchProgress;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.SpotPriceService.FetchResult;
import org.spotspec.prices.PriceHistory;
import org.spotspec.prices.PriceQuery;

/**
 * Spot prices through the archive: a query fetches from EC2 only the spans the archive lacks
 * (usually the last minutes; a series seen for the first time, up to AWS's 90 days), stores each
 * as it arrives, and is answered from the archive, so ranges beyond 90 days and offline work show
 * what was fetched before. Without an archive, it fetches as {@link SpotPriceService} does.
 * Blocking; no JavaFX, so the app, the CLI and the sync share it.
 */
public final class ArchivedPrices {
    /** How far back EC2 keeps spot prices: anything older can only come from the archive. */
    public static final Duration AWS_HISTORY = Duration.ofDays(90);
    private static final Logger LOG = LoggerFactory.getLogger(ArchivedPrices.class);

    private final SpotPriceService service;
    private final ArchiveHandle archive;
    private final Clock clock;

    public ArchivedPrices(SpotPriceService service, ArchiveHandle archive, Clock clock) {
        this.service = service;
        this.archive = archive;
        this.clock = clock;
    }

    public ArchiveHandle archive() {
        return archive;
    }

    /**
     * Answers {@code query}: fetches what the archive lacks in its range (within AWS's 90 days),
     * then reads the whole range from the archive.
     *
     * @param session null when offline (signed out): the archive's content alone
     */
    public ArchiveFetchResult fetch(AwsSession session, PriceQuery query, FetchProgress progress,
                                    BooleanSupplier cancelled) {
        var open = archive.get();
        if (open.isEmpty()) {
            return withoutArchive(session, query, progress, cancelled);
        }
        var store = open.get();
        var update = update(store, session, query, progress, cancelled);
        PriceHistory history;
        var problem = update.writeProblem();
        try {
            query = narrowed(store, query);
            history = store.read(query);
        } catch (ArchiveException e) {
            LOG.warn("Reading the price archive failed: {}", e.getMessage());
            problem = e.getMessage();
            history = new PriceHistory.Builder(query.start(), query.end()).build();
        }
        if (!update.writeProblem().isEmpty()) {
            history = merge(history, update.unstored());
        }
        var gaps = new LinkedHashMap<SpanKey, List<Span>>();
        try {
            for (var key : SyncPlan.keys(query)) {
                var holes = store.gaps(key, query.start(), query.end());
                if (!holes.isEmpty()) {
                    gaps.put(key, holes);
                }
            }
        } catch (ArchiveException e) {
            problem = problem.isEmpty() ? e.getMessage() : problem;
        }
        return new ArchiveFetchResult(new FetchResult(history, update.failedRegions(), update.cancelled()),
                update.fetched(), gaps, update.offline(), problem);
    }

    /**
     * Brings the archive up to date for the query's keys over its range (clamped to AWS's 90
     * days): fetches the missing spans and stores them; reads nothing back. The sync's work.
     */
    public ArchiveUpdate update(AwsSession session, PriceQuery query, FetchProgress progress, BooleanSupplier cancelled) {
        var open = archive.get();
        if (open.isEmpty()) {
            return new ArchiveUpdate(List.of(), Map.of(), Map.of(), false, session == null, archive.problem(), null);
        }
        return update(open.get(), session, query, progress, cancelled);
    }

    private ArchiveUpdate update(PriceArchive store, AwsSession session, PriceQuery query,
                                              FetchProgress progress, BooleanSupplier cancelled) {
        if (session == null) {
            return new ArchiveUpdate(List.of(), Map.of(), Map.of(), false, true, "", null);
        }
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var from = max(query.start(), now.minus(AWS_HISTORY));
        var to = query.end().isAfter(now) ? now : query.end();
        if (!from.isBefore(to)) {
            return new ArchiveUpdate(List.of(), Map.of(), Map.of(), false, false, "", null);
        }
        List<SyncPlan.Step> steps;
        try {
            steps = SyncPlan.of(store, query, from, to);
        } catch (ArchiveException e) {
            return new ArchiveUpdate(List.of(), Map.of(), Map.of(), false, false, e.getMessage(), null);
        }
        return new UpdateRun(service, store, session, progress, cancelled).run(steps, query.start(), query.end());
    }

    private ArchiveFetchResult withoutArchive(AwsSession session, PriceQuery query, FetchProgress progress,
                                              BooleanSupplier cancelled) {
        var problem = archive.problem();
        if (session == null) {
            var empty = new PriceHistory.Builder(query.start(), query.end()).build();
            return new ArchiveFetchResult(new FetchResult(empty, Map.of(), false), List.of(), Map.of(), true, problem);
        }
        var now = clock.instant();
        var from = max(query.start(), now.minus(AWS_HISTORY));
        var clamped = new PriceQuery(query.regions(), query.instanceTypes(), query.products(),
                query.availabilityZones(), from.isBefore(query.end()) ? from : query.end(), query.end());
        var result = service.fetch(session, clamped, progress, cancelled);
        boolean offline = !result.failedRegions().isEmpty()
                && result.failedRegions().size() == query.regions().stream().distinct().count()
                && result.failedRegions().values().stream().allMatch(ArchivedPrices::unreachable);
        return new ArchiveFetchResult(result, List.of(), Map.of(), offline, problem);
    }

    /**
     * The query starting where the archive's oldest covered span of its keys does, when it asked
     * for more (a year, or All): a chart of what is there, not of years of nothing.
     */
    private PriceQuery narrowed(PriceArchive store, PriceQuery query) {
        var earliest = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(AWS_HISTORY);
        if (!query.start().isBefore(earliest)) {
            return query;
        }
        for (var key : SyncPlan.keys(query)) {
            var covered = store.coverage(key);
            if (!covered.isEmpty() && covered.get(0).from().isBefore(earliest)) {
                earliest = covered.get(0).from();
            }
        }
        if (!query.start().isBefore(earliest) || !earliest.isBefore(query.end())) {
            return query;
        }
        return new PriceQuery(query.regions(), query.instanceTypes(), query.products(), query.availabilityZones(),
                earliest, query.end());
    }

    static boolean unreachable(AwsProblem problem) {
        return problem.kind() == AwsProblem.Kind.NETWORK || problem.kind() == AwsProblem.Kind.TIMEOUT;
    }

    private static PriceHistory merge(PriceHistory stored, PriceHistory unstored) {
        if (unstored == null) {
            return stored;
        }
        return new PriceHistory.Builder(stored.start(), stored.end()).addAll(stored).addAll(unstored).build();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
