package org.spotspec.ui.signin;

import javafx.scene.control.ComboBox;
import org.spotspec.model.signin.SignInForm;

/**
 * The session length beside the MFA code, or under the role without MFA: typed or chosen. The
 * text is the form's; a choice from the list sets it (never null).
 */
final class SessionLengthBox {
    private SessionLengthBox() {
    }

    static void bind(ComboBox<String> box, SignInForm form) {
        box.setItems(form.durationChoices());
        box.getEditor().textProperty().bindBidirectional(form.durationProperty());
        box.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                form.durationProperty().set(value);
            }
        });
    }
}
