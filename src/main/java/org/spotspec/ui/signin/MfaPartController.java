package org.spotspec.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.spotspec.model.signin.SignInFocus;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.ui.common.FieldBindings;

/**
 * The sign-in view's MFA device, code and session length (mfa.fxml, made when "Use MFA" is first
 * ticked): binds them to the form.
 */
public final class MfaPartController {
    private final SignInModel model;

    @FXML private TextField mfaSerial, mfaCode;
    @FXML private ComboBox<String> durationBox;
    @FXML private Label mfaSerialError, mfaCodeError, durationError;

    public MfaPartController(SignInModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        var form = model.form();
        mfaSerial.textProperty().bindBidirectional(form.mfaSerialProperty());
        mfaCode.textProperty().bindBidirectional(form.mfaCodeProperty());
        SessionLengthBox.bind(durationBox, form);
        FieldBindings.error(mfaSerialError, form.mfaSerialErrorProperty(), mfaSerial);
        FieldBindings.error(mfaCodeError, form.mfaCodeErrorProperty(), mfaCode);
        FieldBindings.error(durationError, form.durationErrorProperty(), durationBox);
        SignInCursor.partField(model.focus(), SignInFocus.Target.MFA_SERIAL, mfaSerial);
        SignInCursor.partField(model.focus(), SignInFocus.Target.MFA_CODE, mfaCode);
        SignInCursor.partField(model.focus(), SignInFocus.Target.SESSION_LENGTH, durationBox);
    }
}
