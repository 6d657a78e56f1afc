package org.spotspec.ui.launch;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.spotspec.aws.launch.LaunchSpec;
import org.spotspec.ui.common.AppIcons;

/** Launching costs money: the user confirms a summary of what will be launched, where and at what price. */
final class LaunchConfirmation {
    static final ButtonType LAUNCH = new ButtonType("Launch", ButtonBar.ButtonData.OK_DONE);

    private LaunchConfirmation() {
    }

    static Alert create(Window owner, LaunchSpec spec, String summary) {
        return create(owner, "Launch " + spec.count() + " × " + spec.instanceType() + "?", summary);
    }

    /** An EC2 Fleet's confirmation: its pools, capacity, strategy and the template it creates. */
    static Alert create(Window owner, org.spotspec.aws.launch.FleetSpec spec, String summary) {
        return create(owner, "Launch an EC2 Fleet of " + spec.targetCapacity() + " across " + spec.pools().size()
                + " pool" + (spec.pools().size() == 1 ? "" : "s") + "?", summary);
    }

    private static Alert create(Window owner, String header, String summary) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", LAUNCH, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("SpotSpec — Launch spot instances");
        alert.setHeaderText(header);
        var text = new Label(summary);
        text.setId("launchSummary");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        // Cancel is the default: Enter alone must not spend money.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(LAUNCH)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        AppIcons.apply(alert.getDialogPane().getScene().getWindow());
        return alert;
    }
}
