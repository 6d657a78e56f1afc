package org.spotspec.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.concurrent.DaemonExecutors;

/**
 * Reads the same thing (spot requests, instances) from several regions at once, as the price
 * fetch does: one call sequence per region on a small bounded pool, the rows in the regions'
 * order, and a region's failure kept beside the others' rows instead of hiding them.
 *
 * <p>Blocking; call from a background task. Used by the app's live tables and the command line.
 */
public final class RegionReads {
    /** Regions read at once: EC2 throttles per region, so this bounds threads, not AWS's load. */
    public static final int MAX_PARALLEL = 4;
    private static final Logger LOG = LoggerFactory.getLogger(RegionReads.class);

    /**
     * What a read of several regions gave.
     *
     * @param rows   every region's rows, region by region in the order asked
     * @param failed the regions that failed, in the order asked, with why
     */
    public record Result<T>(List<T> rows, Map<String, AwsProblem> failed) {
        public Result {
            rows = List.copyOf(rows);
            failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
        }
    }

    private RegionReads() {
    }

    /**
     * Reads {@code regions} (one alone on the caller's thread, several in parallel).
     *
     * @param action names a region's failure, e.g. "Describe spot requests" (" in eu-west-1" is added)
     * @throws RuntimeException the first region's failure, naming every region, when every region failed, or the
     *                          exception of any region that says the session has expired (the
     *                          caller renews and reads all again): as a one-region read always did
     */
    public static <T> Result<T> read(String action, AwsSession session, List<String> regions,
                                     BiFunction<AwsSession, String, List<T>> fetch) {
        var distinct = regions.stream().distinct().toList();
        if (distinct.size() == 1) {
            return new Result<>(fetch.apply(session, distinct.get(0)), Map.of());
        }
        var executor = DaemonExecutors.pool("region-reads", Math.max(1, Math.min(MAX_PARALLEL, distinct.size())));
        try {
            var futures = new ArrayList<Future<List<T>>>();
            distinct.forEach(region -> futures.add(executor.submit(() -> fetch.apply(session, region))));
            return collect(action, distinct, futures);
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Every region failed: the first region's failure, as a one-region read gives it (its code and
     * kind decide what the caller does), its meaning naming every region and why each failed.
     */
    private static RuntimeException everyRegionFailed(Map<String, AwsProblem> failed) {
        var regions = new java.util.StringJoiner(", ");
        failed.forEach((region, problem) -> regions.add(region + " (" + problem.code() + ")"));
        return new AwsProblemException(failed.values().iterator().next()
                .withMeaningAdded("Every region failed: " + regions + "; the first one's reason is given here."));
    }

    private static <T> Result<T> collect(String action, List<String> regions, List<Future<List<T>>> futures) {
        var rows = new ArrayList<T>();
        var failed = new LinkedHashMap<String, AwsProblem>();
        for (int i = 0; i < regions.size(); i++) {
            var region = regions.get(i);
            try {
                rows.addAll(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(action + ": interrupted", e);
            } catch (ExecutionException e) {
                var cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                var problem = ErrorTranslator.translate(action + " in " + region, cause);
                if (problem.kind() == AwsProblem.Kind.EXPIRED_SESSION) {
                    throw cause; // the same credentials everywhere: renew, then read every region again
                }
                LOG.warn("{} in {} failed: {}", action, region, problem.code());
                failed.put(region, problem);
            }
        }
        if (!failed.isEmpty() && failed.size() == regions.size()) {
            throw everyRegionFailed(failed);
        }
        return new Result<>(rows, failed);
    }
}
