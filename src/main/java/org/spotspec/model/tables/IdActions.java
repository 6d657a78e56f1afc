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
        runStaged(action, ids, dryRun, s -> Staged.only(call.apply(s)), afterChange, onDone, onProblem);
    }

    /**
     * The first step's outcomes and, when there is one, the next step: a call of its own, so that
     * a session that ends between the two is renewed (the MFA prompt) before the next step runs.
     *
     * @param nextFailed the next step's outcomes when it failed as a whole (renewal refused)
     */
    public record Staged(List<IdOutcome> done, String nextAction, Function<AwsSession, List<IdOutcome>> next,
                         Function<AwsProblem, List<IdOutcome>> nextFailed) {
        public static Staged only(List<IdOutcome> done) {
            return new Staged(done, "", null, null);
        }
    }

    /** As {@link #run}, with a second step after the first (cancel, then terminate). */
    public void runStaged(String action, List<String> ids, boolean dryRun, Function<AwsSession, Staged> first,
                          Runnable afterChange, Consumer<List<IdOutcome>> onDone, Consumer<AwsProblem> onProblem) {
        log.info(action + ": " + String.join(", ", ids));
        acting.set(true);
        Consumer<List<IdOutcome>> finish = outcomes -> {
            acting.set(false);
            log.info((dryRun ? "Dry run — " : "") + Outcomes.summary(outcomes));
            if (!dryRun) {
                afterChange.run();
            }
            onDone.accept(outcomes);
        };
        calls.run(action, first, staged -> {
            if (staged.next() == null) {
                finish.accept(staged.done());
                return;
            }
            calls.run(staged.nextAction(), staged.next(), more -> finish.accept(concat(staged.done(), more)),
                    problem -> {
                        status.report(problem);
                        finish.accept(concat(staged.done(), staged.nextFailed().apply(problem)));
                    });
        }, problem -> {
            acting.set(false);
            status.report(problem);
            onProblem.accept(problem);
        });
    }

    private static List<IdOutcome> concat(List<IdOutcome> a, List<IdOutcome> b) {
        var all = new java.util.ArrayList<IdOutcome>(a);
        all.addAll(b);
        return all;
    }

    /** True while an action runs, so it is not started twice. */
    public ReadOnlyBooleanProperty actingProperty() {
        return acting.getReadOnlyProperty();
    }
}
