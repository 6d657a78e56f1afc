package org.spotspec.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.ui.common.AppIcons;

/** Help → IAM policy: the policy SpotSpec needs, ready to copy into the IAM console. */
final class PolicyDialog {
    private PolicyDialog() {
    }

    static String policy() {
        try (InputStream in = PolicyDialog.class.getResourceAsStream("/org/spotspec/ui/main/iam-policy.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Alert create(Window owner) {
        var copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        var alert = new Alert(Alert.AlertType.INFORMATION, "", copy, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("SpotSpec — IAM policy");
        alert.setHeaderText("The IAM policy SpotSpec needs");
        var text = new TextArea(policy());
        text.setEditable(false);
        text.setPrefRowCount(24);
        text.setPrefColumnCount(60);
        text.getStyleClass().add("monospace");
        var note = new Label("Attach it to your IAM user. The EC2 actions require an MFA session "
                + "(aws:MultiFactorAuthPresent) and HTTPS; edit the ec2:Region list to the regions you use. "
                + "GetCallerIdentity needs no permission.");
        note.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(10, note, text));
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            var content = new ClipboardContent();
            content.putString(text.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // keep the dialog open after copying
        });
        alert.setResizable(true);
        AppIcons.apply(alert.getDialogPane().getScene().getWindow());
        return alert;
    }
}
