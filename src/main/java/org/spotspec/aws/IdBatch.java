package org.spotspec.aws;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Runs a call on a batch of ids the way people expect, not the way EC2 answers: EC2 rejects a
 * whole TerminateInstances or CancelSpotInstanceRequests batch when one id is unknown or
 * malformed ({@code InvalidInstanceID.NotFound} "The instance IDs 'i-1, i-2' do not exist").
 * The ids named in that error are reported as not found and the call is made once more with the
 * rest, so the good ids are still handled. Any other error is thrown on.
 */
public final class IdBatch {
    /** Ids as EC2 writes them: {@code i-0abc…}, {@code sir-8f3c…}. */
    private static final Pattern ID = Pattern.compile("\\b[a-z]+-[0-9a-zA-Z]+\\b");

    private IdBatch() {
    }

    /**
     * @param call answers for the ids it is given; throws AWS's error when EC2 rejects the batch
     */
    public static List<IdOutcome> run(IdOutcome.Step step, List<String> ids, Function<List<String>, List<IdOutcome>> call) {
        var unique = List.copyOf(new LinkedHashSet<>(ids));
        try {
            return call.apply(unique);
        } catch (AwsServiceException e) {
            var bad = badIds(e, unique);
            if (bad.isEmpty()) {
                throw e;
            }
            var outcomes = new ArrayList<IdOutcome>();
            var problem = ErrorTranslator.translate(step.label(), e);
            bad.forEach(id -> outcomes.add(new IdOutcome(step, id, IdOutcome.Status.NOT_FOUND, "",
                    problem.code() + ": " + problem.awsMessage())));
            var rest = unique.stream().filter(id -> !bad.contains(id)).toList();
            if (!rest.isEmpty()) {
                // Once only: a second rejection is a real answer about the rest, not a stray id.
                outcomes.addAll(call.apply(rest));
            }
            return order(step, outcomes, unique);
        }
    }

    /**
     * The ids of {@code asked} that EC2's id error names; empty when the error is about something
     * else or names none of them (then the error is not ours to split).
     */
    public static Set<String> badIds(AwsServiceException e, List<String> asked) {
        var details = e.awsErrorDetails();
        var code = details == null || details.errorCode() == null ? "" : details.errorCode();
        if (!isIdError(code) || details.errorMessage() == null) {
            return Set.of();
        }
        var named = new LinkedHashSet<String>();
        var m = ID.matcher(details.errorMessage());
        while (m.find()) {
            if (asked.contains(m.group())) {
                named.add(m.group());
            }
        }
        return named;
    }

    static boolean isIdError(String code) {
        return (code.startsWith("InvalidInstanceID.") || code.startsWith("InvalidSpotInstanceRequestID."))
                && (code.endsWith(".NotFound") || code.endsWith(".Malformed"));
    }

    /** Outcomes in the order the user listed the ids, with any id AWS left out said so. */
    public static List<IdOutcome> order(IdOutcome.Step step, List<IdOutcome> outcomes, List<String> ids) {
        var sorted = new ArrayList<IdOutcome>();
        for (var id : ids) {
            var found = outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
            sorted.add(found.orElse(new IdOutcome(step, id, IdOutcome.Status.NOT_ANSWERED, "",
                    "AWS's answer did not mention this id; refresh to see its state.")));
        }
        outcomes.stream().filter(o -> !ids.contains(o.id())).forEach(sorted::add);
        return sorted;
    }
}
