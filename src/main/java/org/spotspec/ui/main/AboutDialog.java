package org.spotspec.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.about.AppInfo;
import org.spotspec.ui.common.AppIcons;
import org.spotspec.ui.common.FieldBindings;

/**
 * Help → About: name, version, what the app is, where this run's log file is (in a field the
 * user can select and copy into a bug report), and the licence with its text a click away.
 */
final class AboutDialog {
    /** The licence SpotSpec is under, as LICENSE and the pom's {@code <licenses>} say. */
    static final String LICENCE = "MIT licence";

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
        var box = new VBox(8, description, logLabel, logFile, licence());
        box.setId("aboutContent");
        return box;
    }

    /** "MIT licence": a link (Tab, then Enter or Space) that shows the full text below it. */
    private static VBox licence() {
        var text = new TextArea(licenceText());
        text.setId("licenceText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(10);
        var shown = new SimpleBooleanProperty(false);
        FieldBindings.showWhen(text, shown);
        var link = new Hyperlink(LICENCE);
        link.setId("licenceLink");
        link.setOnAction(e -> {
            shown.set(!shown.get());
            text.getScene().getWindow().sizeToScene();
        });
        return new VBox(4, link, text);
    }

    /** LICENSE, as the build copies it beside {@link AppInfo}. */
    static String licenceText() {
        try (InputStream in = AppInfo.class.getResourceAsStream("LICENSE")) {
            return in == null ? LICENCE + ": see the LICENSE file that comes with SpotSpec."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return LICENCE + ": see the LICENSE file that comes with SpotSpec.";
        }
    }
}
