package org.spotspec.model.instances;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.IdOutcome;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.instances.SpotInstance;
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
 * The Instances tab: the spot instances of the regions shown (see {@link LiveTable}) and
 * terminating them, each region's ids with that region's client (see {@link ByRegion}).
 */
public final class InstancesModel {
    public static final List<String> STATES = List.of("pending", "running", "stopping", "stopped", "shutting-down",
            "terminated");

    private final SessionState session;
    private final InstanceService service;
    private final LiveTable<SpotInstance> table;
    private final IdActions actions;

    public InstancesModel(AwsCalls calls, SessionState session, TableRegions regions, StatusState status,
                          ActivityLog log, Clock clock, InstanceService service) {
        this.session = session;
        this.service = service;
        this.actions = new IdActions(calls, status, log);
        this.table = new LiveTable<>("Describe spot instances", calls, session, regions, status, clock,
                (s, region) -> service.describeInStates(s, region, List.of(), true),
                SpotInstance::state, i -> List.of(i.id(), i.state(), i.instanceType(), i.zone(), i.publicIp(),
                        i.privateIp(), i.publicDns(), i.privateDns(), i.spotRequestId(), i.keyName(), i.name()),
                STATES);
    }

    public LiveTable<SpotInstance> table() {
        return table;
    }

    /**
     * The instances changed (a launch, a cancel that terminated some, a terminate): reads them
     * again now if the tab is shown, else when it is next shown (see {@link LiveTable#refreshWhenShown}).
     */
    public void refreshWhenShown() {
        table.refreshWhenShown();
    }

    /** Terminates {@code selected}, or asks EC2 whether it may; outcomes per id go to {@code onDone}. */
    public void terminate(List<SpotInstance> selected, boolean dryRun, Consumer<List<IdOutcome>> onDone,
                          Consumer<AwsProblem> onProblem) {
        var ids = selected.stream().map(SpotInstance::id).toList();
        var byRegion = ByRegion.ids(selected, SpotInstance::region, SpotInstance::id);
        var action = (dryRun ? "Validate terminate of " : "Terminate ") + ids.size() + " instance(s)"
                + ByRegion.inRegions(byRegion);
        actions.run(action, ids, dryRun, s -> ByRegion.merged(ByRegion.each("Terminate instances", byRegion,
                (region, some) -> dryRun ? service.terminateDryRun(s, ByRegion.regionOf(s, region), some)
                        : service.terminate(s, ByRegion.regionOf(s, region), some),
                (region, problem) -> ByRegion.failedAll(IdOutcome.Step.TERMINATE, byRegion.get(region), problem))
                .values()), this::refreshWhenShown, onDone, onProblem);
    }

    /** The region and account an action would change, for its confirmation; empty when signed out. */
    public Optional<ActionTarget> target() {
        return ActionTarget.of(session);
    }

    public ReadOnlyBooleanProperty actingProperty() {
        return actions.actingProperty();
    }
}
