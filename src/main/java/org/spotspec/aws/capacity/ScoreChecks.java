package org.spotspec.aws.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a {@link ScoreQuery} before anything is sent: problems refuse the query, warnings let it
 * go with a note (EC2 scores fewer than three types, but says such a score is not meaningful).
 */
public final class ScoreChecks {
    /** AWS's advice: at least this many types, so capacity can be found across pools. */
    public static final int ADVISED_TYPES = 3;
    public static final int MAX_CAPACITY = 1000;
    static final int MIN_PAGE = 10;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

    private ScoreChecks() {
    }

    /** What makes the query unusable, one sentence each; empty when it may be sent. */
    public static List<String> problems(ScoreQuery q) {
        var problems = new ArrayList<String>();
        boolean typed = !q.instanceTypes().isEmpty();
        if (typed == q.requirements().isPresent()) {
            problems.add("Give either instance types or vCPU/memory requirements (one of the two).");
        }
        q.instanceTypes().stream().filter(t -> !TYPE.matcher(t).matches()).forEach(t ->
                problems.add("'" + t + "' is not an instance type such as m5.large."));
        q.requirements().ifPresent(r -> problems.addAll(requirementProblems(r)));
        if (q.targetCapacity() < 1 || q.targetCapacity() > MAX_CAPACITY) {
            problems.add("The target capacity must be a whole number from 1 to " + MAX_CAPACITY + ".");
        }
        q.regions().stream().filter(r -> !REGION.matcher(r).matches()).forEach(r ->
                problems.add("'" + r + "' is not a region id such as eu-west-1."));
        if (q.maxResults() < MIN_PAGE || q.maxResults() > ScoreQuery.MAX_PAGE) {
            problems.add("The page size must be from " + MIN_PAGE + " to " + ScoreQuery.MAX_PAGE + ".");
        }
        return problems;
    }

    /** What the user should know before trusting the score; the query may still be sent. */
    public static List<String> warnings(ScoreQuery q) {
        int types = (int) q.instanceTypes().stream().distinct().count();
        if (q.requirements().isEmpty() && types > 0 && types < ADVISED_TYPES) {
            return List.of("Only " + types + " instance type" + (types == 1 ? "" : "s") + ": AWS advises at least "
                    + ADVISED_TYPES + " for a meaningful score (a spot fleet can then fall back between them).");
        }
        return List.of();
    }

    private static List<String> requirementProblems(Requirements r) {
        var problems = new ArrayList<String>();
        if (r.vcpuMin() < 1 || (r.vcpuMax() != null && r.vcpuMax() < r.vcpuMin())) {
            problems.add("vCPUs: the minimum must be at least 1 and not above the maximum.");
        }
        if (r.memoryMibMin() < 0 || (r.memoryMibMax() != null && r.memoryMibMax() < r.memoryMibMin())) {
            problems.add("Memory (MiB): the minimum must be 0 or more and not above the maximum.");
        }
        return problems;
    }
}
