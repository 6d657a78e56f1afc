package org.spotspec.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.spotspec.AppInfo;
import org.spotspec.ui.common.AppIcons;

/** Help → About: name, version and what the app is. */
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert create(Window owner, AppInfo info) {
        var alert = new Alert(Alert.AlertType.INFORMATION, info.description(), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About " + info.name());
        alert.setHeaderText(info.name() + " " + info.version());
        alert.setGraphic(new ImageView(AppIcons.image(64)));
        AppIcons.apply(alert.getDialogPane().getScene().getWindow());
        return alert;
    }
}
