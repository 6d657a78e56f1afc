package org.spotspec.cli;

import java.util.List;
import java.util.Locale;
import org.spotspec.aws.IdOutcome;
import org.spotspec.cli.output.Column;
import org.spotspec.cli.output.ResultTable;

/** The outcome of cancel or terminate, one row per id, and the exit code it makes. */
final class IdResults {
    private IdResults() {
    }

    static ResultTable rows(List<IdOutcome> outcomes) {
        var rows = new ResultTable(Column.of("step", "STEP"), Column.of("id", "ID"), Column.of("result", "RESULT"),
                Column.of("state", "STATE"), Column.of("detail", "DETAIL"));
        outcomes.forEach(o -> rows.add(o.step() == IdOutcome.Step.CANCEL ? "cancel" : "terminate", o.id(),
                wire(o.status()), o.state(), o.detail()));
        return rows;
    }

    /** {@code WOULD_SUCCEED} → {@code would-succeed}. */
    static String wire(IdOutcome.Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * 0 when every id succeeded; 3 when a dry run found a permission missing; 1 when none
     * succeeded; 5 when some did and some did not.
     */
    static int exitCode(List<IdOutcome> outcomes) {
        long good = outcomes.stream().filter(IdOutcome::succeeded).count();
        if (good == outcomes.size()) {
            return ExitCode.OK;
        }
        if (outcomes.stream().anyMatch(o -> o.status() == IdOutcome.Status.NOT_PERMITTED)) {
            return ExitCode.DRY_RUN_WOULD_FAIL;
        }
        return good == 0 ? ExitCode.AWS_ERROR : ExitCode.PARTIAL;
    }

    /** One stderr line per id that did not go well, so a script reading JSON still sees why. */
    static void report(CliContext context, List<IdOutcome> outcomes) {
        outcomes.stream().filter(o -> !o.succeeded()).forEach(o -> context.err().println("spotspec: "
                + o.step().label() + " " + o.id() + ": " + o.status().label()
                + (o.detail().isEmpty() ? "" : " — " + o.detail())));
    }
}
