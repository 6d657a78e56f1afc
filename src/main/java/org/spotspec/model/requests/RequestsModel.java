package org.spotspec.model.requests;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.requests.SpotCleanup;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.model.tables.ActionTarget;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.tables.IdActions;
import org.spotspec.model.tables.LiveTable;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;

/**
 * The Requests tab: the region's spot requests (see {@link LiveTable}), and cancelling them,
 * optionally with their instances, for real or as a dry run.
 */
public final class RequestsModel {
    /** Every state a spot request can be in, offered by the state filter before the first load. */
    public static final List<String> STATES = List.of("open", "active", "closed", "cancelled", "failed", "disabled");

    private final SessionState session;
    private final SpotCleanup cleanup;
    private final Runnable instancesChanged;
    private final LiveTable<SpotRequest> table;
    private final IdActions actions;

    /**
     * @param instancesChanged tells the Instances tab its rows changed after a cancel that
     *                         terminated instances ({@link LiveTable#refreshWhenShown}: no call while hidden)
     */
    public RequestsModel(AwsCalls calls, SessionState session, StatusState status, ActivityLog log, Clock clock,
                         SpotRequestService service, SpotCleanup cleanup, Runnable instancesChanged) {
        this.session = session;
        this.actions = new IdActions(calls, status, log);
        this.cleanup = cleanup;
        this.instancesChanged = instancesChanged;
        this.table = new LiveTable<>("Describe spot requests", calls, session, status, clock, service::describe,
                SpotRequest::state, r -> List.of(r.id(), r.state(), r.statusCode(), r.statusMessage(), r.type(),
                        r.instanceType(), r.maxPrice(), r.zone(), r.instanceId(), r.interruptionBehavior(), r.name()),
                STATES);
    }

    public LiveTable<SpotRequest> table() {
        return table;
    }

    /**
     * The requests changed (a launch, a cancel): reads them again now if the tab is shown, else
     * when it is next shown (see {@link LiveTable#refreshWhenShown}).
     */
    public void refreshWhenShown() {
        table.refreshWhenShown();
    }

    /**
     * Cancels {@code selected}; with {@code alsoTerminate}, then terminates their instances. The
     * outcome per id goes to {@code onDone}; a failure of the whole call to {@code onProblem}.
     */
    public void cancel(List<SpotRequest> selected, boolean alsoTerminate, boolean dryRun,
                       Consumer<List<IdOutcome>> onDone, Consumer<AwsProblem> onProblem) {
        var ids = selected.stream().map(SpotRequest::id).toList();
        var known = selected.stream().filter(SpotRequest::hasInstance)
                .collect(Collectors.toMap(SpotRequest::id, SpotRequest::instanceId, (a, b) -> a));
        var action = (dryRun ? "Validate cancel of " : "Cancel ") + ids.size() + " spot request(s)"
                + (alsoTerminate ? " and their instances" : "");
        actions.runStaged(action, ids, dryRun, s -> staged(s, ids, known, alsoTerminate, dryRun), () -> {
            refreshWhenShown(); // the user may have left the tab while the cancel ran
            if (alsoTerminate) {
                instancesChanged.run();
            }
        }, onDone, onProblem);
    }

    /** The cancel, then (when asked) the terminate as a call of its own: renewed if the session ends between. */
    private IdActions.Staged staged(AwsSession s, List<String> ids, Map<String, String> known, boolean alsoTerminate,
                                    boolean dryRun) {
        var cancelled = cleanup.cancelStep(s, ids, known, dryRun);
        if (!alsoTerminate || cancelled.cancelledIds().isEmpty()) {
            return IdActions.Staged.only(cancelled.outcomes());
        }
        return new IdActions.Staged(cancelled.outcomes(), (dryRun ? "Validate terminate of " : "Terminate ")
                + "the instances of " + cancelled.cancelledIds().size() + " spot request(s)",
                again -> cleanup.terminateStep(again, cancelled, dryRun),
                problem -> SpotCleanup.terminateFailed(cancelled, problem));
    }

    /** The region and account an action would change, for its confirmation; empty when signed out. */
    public Optional<ActionTarget> target() {
        return ActionTarget.of(session);
    }

    public ReadOnlyBooleanProperty actingProperty() {
        return actions.actingProperty();
    }
}
