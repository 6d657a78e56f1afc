package org.spotspec.model.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.IdOutcome;

/**
 * A destructive action on rows of several regions: an id is known to EC2 in its own region only,
 * so the ids go in one call (batch) per region with that region's client, and the outcomes are
 * merged. Regions run one after another: these are a handful of calls the user confirmed, and a
 * failure is easier to follow in order.
 */
public final class ByRegion {
    private ByRegion() {
    }

    /**
     * The rows' ids grouped by region, regions in the order first met; a row without a region
     * (never read from AWS) counts as the session's, under {@code ""}.
     */
    public static <T> Map<String, List<String>> ids(Collection<T> rows, Function<T, String> regionOf,
                                                    Function<T, String> idOf) {
        return rows.stream().collect(Collectors.groupingBy(r -> regionOf.apply(r) == null ? "" : regionOf.apply(r),
                LinkedHashMap::new, Collectors.mapping(idOf, Collectors.toList())));
    }

    /** For a confirmation or the log: {@code us-east-1: sir-a, sir-b; eu-west-1: sir-c}. */
    public static String describe(Map<String, List<String>> idsByRegion) {
        return idsByRegion.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "this region" : e.getKey()) + ": "
                + String.join(", ", e.getValue())).collect(Collectors.joining("; "));
    }

    /** For an action's name in the log: " in us-east-1, eu-west-1" when the ids lie in several regions, else "". */
    public static String inRegions(Map<String, List<String>> idsByRegion) {
        return idsByRegion.size() < 2 ? "" : " in " + String.join(", ", idsByRegion.keySet());
    }

    /** The region to call for a group: its own, or the session's for rows without one. */
    public static String regionOf(AwsSession session, String region) {
        return region == null || region.isEmpty() ? session.region().id() : region;
    }

    /**
     * Runs {@code call} for each region's ids in turn. With one region its failure propagates as
     * it always did. With several, a region whose call fails as a whole gets {@code failed}'s
     * answer and the others still run, except that an expired session propagates (renew, then
     * all again: cancelling or terminating twice does no harm) and so does the first failure
     * when every region failed (nothing changed then).
     *
     * @param failed a region's result when its call failed as a whole (region, why)
     * @return each region's result, in the regions' order
     */
    public static <R> Map<String, R> each(String action, Map<String, List<String>> idsByRegion,
                                          BiFunction<String, List<String>, R> call,
                                          BiFunction<String, AwsProblem, R> failed) {
        var results = new LinkedHashMap<String, R>();
        if (idsByRegion.size() == 1) {
            idsByRegion.forEach((region, ids) -> results.put(region, call.apply(region, ids)));
            return results;
        }
        RuntimeException first = null;
        int failures = 0;
        for (var e : idsByRegion.entrySet()) {
            try {
                results.put(e.getKey(), call.apply(e.getKey(), e.getValue()));
            } catch (RuntimeException failure) {
                var problem = ErrorTranslator.translate(action + " in " + e.getKey(), failure);
                if (problem.kind() == AwsProblem.Kind.EXPIRED_SESSION) {
                    throw failure;
                }
                first = first == null ? failure : first;
                failures++;
                results.put(e.getKey(), failed.apply(e.getKey(), problem));
            }
        }
        if (first != null && failures == idsByRegion.size()) {
            throw first;
        }
        return results;
    }

    /** Every id of {@code ids} failed at {@code step} for {@code problem}. */
    public static List<IdOutcome> failedAll(IdOutcome.Step step, List<String> ids, AwsProblem problem) {
        return ids.stream().map(id -> IdOutcome.failed(step, id, problem)).toList();
    }

    /** The regions' outcome lists, one after another. */
    public static List<IdOutcome> merged(Collection<List<IdOutcome>> perRegion) {
        var all = new ArrayList<IdOutcome>();
        perRegion.forEach(all::addAll);
        return all;
    }
}
