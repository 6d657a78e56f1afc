package org.spotspec.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.spotspec.model.signin.SignInFocus;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.ui.common.FieldBindings;

/** The sign-in view's Advanced fields (advanced.fxml, made when first opened): the endpoint. */
public final class AdvancedPartController {
    private final SignInModel model;

    @FXML private TextField endpointUrl;
    @FXML private Label endpointError, endpointInEffect;

    public AdvancedPartController(SignInModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        var form = model.form();
        endpointUrl.textProperty().bindBidirectional(form.endpointUrlProperty());
        FieldBindings.error(endpointError, form.endpointErrorProperty(), endpointUrl);
        endpointInEffect.setText(model.environmentEndpoints());
        FieldBindings.showWhen(endpointInEffect, endpointInEffect.textProperty().isNotEmpty());
        SignInCursor.partField(model.focus(), SignInFocus.Target.ENDPOINT, endpointUrl);
    }
}
