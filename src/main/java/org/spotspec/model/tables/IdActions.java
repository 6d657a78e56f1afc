package org.spotspec.model.tables;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.IdOutcome;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.status.StatusState;

/**
 * Runs a destructive action on a list of ids (cancel, terminate) the way both tables need it:
 * logged with its ids, one at a time ({@link #actingProperty()} disables the button meanwhile),
 * outcomes per id to the caller, a failure of the whole call to the status bar and the caller.
 */
public final class IdActions {
    private final AwsCalls calls;
    private final StatusState status;
    private final ActivityLog log;
    private final ReadOnlyBooleanWrapper acting = new ReadOnlyBooleanWrapper(false);

    public IdActions(AwsCalls calls, StatusState status, ActivityLog log) {
        this.calls = calls;
        this.status = status;
        this.log = log;
    }

    /**
     * @param afterChange runs after a real (not dry) run succeeded, before {@code onDone}: reload
     *                    what changed
     */
    public void run(String action, List<String> ids, boolean dryRun,
                    Function<AwsSession, List<IdOutcome>> call, Runnable afterChange,
                    Consumer<List<IdOutcome>> onDone, Consumer<AwsProblem> onProblem) {
        log.info(action + ": " + String.join(", ", ids));
        acting.set(true);
        calls.run(action, call, outcomes -> {
            acting.set(false);
            log.info((dryRun ? "Dry run — " : "") + Outcomes.summary(outcomes));
            if (!dryRun) {
                afterChange.run();
            }
            onDone.accept(outcomes);
        }, problem -> {
            acting.set(false);
            status.report(problem);
            onProblem.accept(problem);
        });
    }

    /** True while an action runs, so it is not started twice. */
    public ReadOnlyBooleanProperty actingProperty() {
        return acting.getReadOnlyProperty();
    }
}
