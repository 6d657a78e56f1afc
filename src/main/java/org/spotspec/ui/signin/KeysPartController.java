package org.spotspec.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.spotspec.model.signin.SignInFocus;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.ui.common.FieldBindings;

/** The sign-in view's typed access key (keys.fxml, made when first chosen): binds it to the form. */
public final class KeysPartController {
    private final SignInModel model;

    @FXML private TextField accessKeyId;
    @FXML private PasswordField secretKey;
    @FXML private Label accessKeyIdError, secretKeyError;

    public KeysPartController(SignInModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        var form = model.form();
        accessKeyId.textProperty().bindBidirectional(form.accessKeyIdProperty());
        secretKey.textProperty().bindBidirectional(form.secretKeyProperty());
        FieldBindings.error(accessKeyIdError, form.accessKeyIdErrorProperty(), accessKeyId);
        FieldBindings.error(secretKeyError, form.secretKeyErrorProperty(), secretKey);
        SignInCursor.partField(model.focus(), SignInFocus.Target.ACCESS_KEY_ID, accessKeyId);
        SignInCursor.partField(model.focus(), SignInFocus.Target.SECRET_KEY, secretKey);
    }
}
