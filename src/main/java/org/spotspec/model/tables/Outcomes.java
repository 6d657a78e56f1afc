package org.spotspec.model.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.spotspec.aws.IdOutcome;

/** One line about a batch's outcomes, for the log and the result dialog's header. */
public final class Outcomes {
    private Outcomes() {
    }

    /** e.g. {@code Cancel request: 2 Done, 1 Not found (sir-x). Terminate instance: 1 Done.} */
    public static String summary(List<IdOutcome> outcomes) {
        var bySteps = outcomes.stream().collect(Collectors.groupingBy(IdOutcome::step, LinkedHashMap::new,
                Collectors.toList()));
        return bySteps.entrySet().stream().map(e -> e.getKey().label() + ": " + counts(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    public static boolean allSucceeded(List<IdOutcome> outcomes) {
        return outcomes.stream().allMatch(IdOutcome::succeeded);
    }

    private static String counts(List<IdOutcome> outcomes) {
        var byStatus = outcomes.stream().collect(Collectors.groupingBy(IdOutcome::status, LinkedHashMap::new,
                Collectors.toList()));
        return byStatus.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey().label().toLowerCase()
                + (e.getKey() == IdOutcome.Status.DONE || e.getKey() == IdOutcome.Status.WOULD_SUCCEED ? ""
                        : " (" + e.getValue().stream().map(IdOutcome::id).collect(Collectors.joining(", ")) + ")"))
                .collect(Collectors.joining(", ")) + ".";
    }
}
