package org.spotspec.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.about.AppInfo;
import org.spotspec.ui.common.AppIcons;

/**
 * Help → About: name, version, what the app is, and where this run's log file is, in a field
 * the user can select and copy into a bug report.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert create(Window owner, AppInfo info) {
        var alert = new Alert(Alert.AlertType.INFORMATION, info.description(), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About " + info.name());
        alert.setHeaderText(info.name() + " " + info.version());
        alert.setGraphic(new ImageView(AppIcons.image(64)));
        alert.getDialogPane().setContent(content(info));
        AppIcons.apply(alert.getDialogPane().getScene().getWindow());
        return alert;
    }

    private static VBox content(AppInfo info) {
        var description = new Label(info.description());
        description.setWrapText(true);
        var logFile = new TextField(info.logFileIfAny().map(Object::toString)
                .orElse("none: this run logs to the console only"));
        logFile.setId("logFile");
        logFile.setEditable(false);
        logFile.setPrefColumnCount(40);
        var logLabel = new Label("Log file (attach it to a bug report):");
        logLabel.setLabelFor(logFile);
        var box = new VBox(8, description, logLabel, logFile);
        box.setId("aboutContent");
        return box;
    }
}
