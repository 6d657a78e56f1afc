package org.spotspec.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.spotspec.model.signin.SignInFocus;
import org.spotspec.model.signin.SignInForm;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.ui.common.FieldBindings;

/**
 * "Then assume a role"'s fields (role-fields.fxml, made when the box is first ticked): binds the
 * role ARN (with the last ones used), the external id and, without MFA, the session length to the
 * form. With MFA the length is chosen beside the code, which then goes to AssumeRole.
 */
public final class RoleFieldsController {
    private final SignInForm form;
    private final SignInFocus focus;

    @FXML private ComboBox<String> roleArn, roleDurationBox;
    @FXML private TextField externalId;
    @FXML private Label roleArnError, externalIdError, roleDurationError, durationLabel;

    public RoleFieldsController(SignInModel model) {
        this.form = model.form();
        this.focus = model.focus();
    }

    @FXML
    private void initialize() {
        var role = form.role();
        roleArn.setItems(role.recentArns());
        roleArn.getEditor().textProperty().bindBidirectional(role.roleArnProperty());
        roleArn.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                role.roleArnProperty().set(value);
            }
        });
        externalId.textProperty().bindBidirectional(role.externalIdProperty());
        SessionLengthBox.bind(roleDurationBox, form);
        FieldBindings.showWhen(roleDurationBox, form.useMfaProperty().not());
        FieldBindings.showWhen(durationLabel, form.useMfaProperty().not());
        FieldBindings.error(roleArnError, role.roleArnErrorProperty(), roleArn);
        FieldBindings.error(externalIdError, role.externalIdErrorProperty(), externalId);
        FieldBindings.error(roleDurationError, form.roleDurationErrorProperty(), roleDurationBox);
        // This part's fields, which SignInController does not know: the part maps them itself.
        SignInCursor.partField(focus, SignInFocus.Target.ROLE_ARN, roleArn);
        SignInCursor.partField(focus, SignInFocus.Target.EXTERNAL_ID, externalId);
        SignInCursor.partField(focus, SignInFocus.Target.ROLE_SESSION_LENGTH, roleDurationBox);
    }
}
