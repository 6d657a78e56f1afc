package org.spotspec.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.aws.AwsProblem;

/** Shows an explained AWS problem: headline, meaning, next step, and copyable details. */
public final class ProblemDialog {
    private ProblemDialog() {
    }

    public static Alert create(Window owner, AwsProblem problem) {
        var alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("SpotSpec — " + problem.headline());
        alert.setHeaderText(problem.headline());
        var meaning = new Label(problem.meaning());
        meaning.setWrapText(true);
        var next = new Label("What to do: " + problem.nextStep());
        next.setWrapText(true);
        var details = new TextArea(problem.details());
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.setId("problemDetails");
        var content = new VBox(10, meaning, next, details);
        content.setPrefWidth(560);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        AppIcons.apply(alert.getDialogPane().getScene().getWindow());
        return alert;
    }
}
