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
import org.spotspec.model.tables.ByRegion;
import org.spotspec.model.tables.IdActions;
import org.spotspec.model.tables.LiveTable;
import org.spotspec.model.tables.TableRegions;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.status.StatusState;

/**
 * The Requests tab: the spot requests of the regions shown (see {@link LiveTable}), and cancelling
 * them, optionally with their instances, for real or as a dry run, each region's ids with that
 * region's client (see {@link ByRegion}).
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
    public RequestsModel(AwsCalls calls, SessionState session, TableRegions regions, StatusState status,
                         ActivityLog log, Clock clock, SpotRequestService service, SpotCleanup cleanup,
                         Runnable instancesChanged) {
        this.session = session;
        this.actions = new IdActions(calls, status, log);
        this.cleanup = cleanup;
        this.instancesChanged = instancesChanged;
        this.table = new LiveTable<>("Describe spot requests", calls, session, regions, status, clock,
                (s, region) -> service.describeInStates(s, region, List.of()),
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
        var byRegion = ByRegion.ids(selected, SpotRequest::region, SpotRequest::id);
        var known = selected.stream().filter(SpotRequest::hasInstance)
                .collect(Collectors.toMap(SpotRequest::id, SpotRequest::instanceId, (a, b) -> a));
        var action = (dryRun ? "Validate cancel of " : "Cancel ") + ids.size() + " spot request(s)"
                + (alsoTerminate ? " and their instances" : "") + ByRegion.inRegions(byRegion);
        actions.runStaged(action, ids, dryRun, s -> staged(s, byRegion, known, alsoTerminate, dryRun), () -> {
            refreshWhenShown(); // the user may have left the tab while the cancel ran
            if (alsoTerminate) {
                instancesChanged.run();
            }
        }, onDone, onProblem);
    }

    /**
     * The cancel, then (when asked) the terminate as a call of its own: renewed if the session
     * ends between. Each step makes one call per region.
     */
    private IdActions.Staged staged(AwsSession s, Map<String, List<String>> byRegion, Map<String, String> known,
                                    boolean alsoTerminate, boolean dryRun) {
        var cancelled = ByRegion.each("Cancel spot requests", byRegion,
                (region, ids) -> cleanup.cancelStep(s, ByRegion.regionOf(s, region), ids, known, dryRun),
                (region, problem) -> new SpotCleanup.Cancelled(
                        ByRegion.failedAll(IdOutcome.Step.CANCEL, byRegion.get(region), problem), List.of(), Map.of()));
        var outcomes = ByRegion.merged(cancelled.values().stream().map(SpotCleanup.Cancelled::outcomes).toList());
        int done = cancelled.values().stream().mapToInt(c -> c.cancelledIds().size()).sum();
        if (!alsoTerminate || done == 0) {
            return IdActions.Staged.only(outcomes);
        }
        return new IdActions.Staged(outcomes, (dryRun ? "Validate terminate of " : "Terminate ")
                + "the instances of " + done + " spot request(s)",
                again -> ByRegion.merged(ByRegion.each("Terminate instances", cancelledIds(cancelled),
                        (region, ids) -> cleanup.terminateStep(again, ByRegion.regionOf(again, region),
                                cancelled.get(region), dryRun),
                        (region, problem) -> SpotCleanup.terminateFailed(cancelled.get(region), problem)).values()),
                problem -> ByRegion.merged(cancelled.values().stream()
                        .map(c -> SpotCleanup.terminateFailed(c, problem)).toList()));
    }

    private static Map<String, List<String>> cancelledIds(Map<String, SpotCleanup.Cancelled> byRegion) {
        var ids = new java.util.LinkedHashMap<String, List<String>>();
        byRegion.forEach((region, c) -> ids.put(region, c.cancelledIds()));
        return ids;
    }

    /** The region and account an action would change, for its confirmation; empty when signed out. */
    public Optional<ActionTarget> target() {
        return ActionTarget.of(session);
    }

    public ReadOnlyBooleanProperty actingProperty() {
        return actions.actingProperty();
    }
}
