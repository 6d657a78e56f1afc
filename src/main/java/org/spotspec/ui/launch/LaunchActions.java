package org.spotspec.ui.launch;

import javafx.stage.Window;
import org.spotspec.model.launch.CapacityFallback;
import org.spotspec.model.launch.FleetLaunch;
import org.spotspec.model.launch.LaunchModel;

/**
 * The Launch tab's buttons for every way: the dry run, the launch behind its confirmation, and the
 * capacity fallback. Kept out of {@link LaunchController} so it stays thin.
 */
final class LaunchActions {
    private final LaunchModel model;
    private final FleetLaunch fleet;
    private final CapacityFallback fallback;

    LaunchActions(LaunchModel model, FleetLaunch fleet, CapacityFallback fallback) {
        this.model = model;
        this.fleet = fleet;
        this.fallback = fallback;
    }

    void dryRun() {
        if (fleet.form().isFleet()) {
            fleet.dryRun();
        } else {
            model.dryRun();
        }
    }

    /** Launching costs money: nothing is sent until the user confirms (Cancel is the default button). */
    void launch(Window owner) {
        if (fleet.form().isFleet()) {
            fleet.prepare().ifPresent(spec -> LaunchConfirmation.create(owner, spec, fleet.summary(spec))
                    .showAndWait().filter(LaunchConfirmation.LAUNCH::equals).ifPresent(b -> fleet.launch(spec)));
        } else {
            model.prepare().ifPresent(spec -> LaunchConfirmation.create(owner, spec, model.summary(spec))
                    .showAndWait().filter(LaunchConfirmation.LAUNCH::equals).ifPresent(b -> model.launch(spec)));
        }
    }

    /** One click from a capacity failure to the Fleet's confirmation, which still guards the launch. */
    void launchFallback(Window owner) {
        fallback.apply();
        launch(owner);
    }
}
