package org.spotspec.ui.launch;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.spotspec.model.launch.CapacityFallback;
import org.spotspec.model.launch.FleetLaunch;
import org.spotspec.model.launch.LaunchModel;
import org.spotspec.model.launch.LaunchModule;
import org.spotspec.model.launch.LaunchOutcome;
import org.spotspec.ui.common.FirstToCorrect;

/**
 * The Launch tab's buttons for every way: the dry run, the launch behind its confirmation, and the
 * capacity fallback; a form refused as typed takes the cursor to its first field to correct. Kept
 * out of {@link LaunchController} so it stays thin.
 */
final class LaunchActions {
    private final LaunchModel model;
    private final FleetLaunch fleet;
    private final CapacityFallback fallback;
    private final Supplier<Parent> form;

    /** @param form the tab's form, where the cursor goes to the first field to correct when it was refused */
    LaunchActions(LaunchModule module, Supplier<Parent> form) {
        this.model = module.launch();
        this.fleet = module.fleet();
        this.fallback = module.capacityFallback();
        this.form = form;
    }

    void dryRun() {
        if (fleet.form().isFleet()) {
            fleet.dryRun();
        } else {
            model.dryRun();
        }
        afterChecking();
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
        afterChecking();
    }

    /** The form is checked at once, before anything is sent: its verdict is the outcome now. */
    private void afterChecking() {
        var outcome = model.outcomeProperty().get();
        if (outcome != null && outcome.kind() == LaunchOutcome.Kind.INVALID) {
            FirstToCorrect.focus(form.get());
        }
    }

    /** One click from a capacity failure to the Fleet's confirmation, which still guards the launch. */
    void launchFallback(Window owner) {
        fallback.apply();
        launch(owner);
    }
}
