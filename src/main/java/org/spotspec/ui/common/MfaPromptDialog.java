package org.spotspec.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SignInValidation;
import org.spotspec.model.session.MfaPrompter;

/**
 * The interactive MFA prompt: names the profile and device, takes a 6-digit code. OK stays
 * disabled until the code has six digits, so a malformed code is never sent.
 */
public final class MfaPromptDialog implements MfaPrompter {
    private final Supplier<Window> owner;

    public MfaPromptDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Secret> askForCode(Prompt prompt) {
        var dialog = build(prompt);
        return dialog.showAndWait().filter(code -> !code.isEmpty());
    }

    Dialog<Secret> build(Prompt prompt) {
        var dialog = new Dialog<Secret>();
        var window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle("SpotSpec — MFA code");
        dialog.setHeaderText(prompt.reason());
        var renew = new ButtonType("Renew session", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(renew, ButtonType.CANCEL);

        var code = new TextField();
        code.setId("mfaPromptCode");
        code.setPromptText("123456");
        code.setPrefColumnCount(8);
        code.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Credentials"), new Label(prompt.source()));
        grid.addRow(1, new Label("MFA device"), new Label(prompt.serial()));
        grid.addRow(2, new Label("Code"), code);
        var error = new Label(prompt.previousError());
        error.setId("mfaPromptError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(!prompt.previousError().isEmpty());
        error.setVisible(!prompt.previousError().isEmpty());
        var hint = new Label("Enter the code your MFA device shows now; the session is renewed for the "
                + "same duration as before.");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, hint, grid, error));
        dialog.getDialogPane().lookupButton(renew).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !SignInValidation.mfaCode(code.getText()).isEmpty(), code.textProperty()));
        dialog.setResultConverter(button -> button == renew ? Secret.of(code.getText().trim()) : Secret.empty());
        dialog.setOnShown(e -> code.requestFocus());
        dialog.getDialogPane().getScene().getWindow().setOnShown(e -> AppIcons.apply(dialog.getDialogPane()
                .getScene().getWindow()));
        return dialog;
    }
}
