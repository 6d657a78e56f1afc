package org.spotspec.ui.signin;

import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.spotspec.model.signin.SignInForm;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.common.LazyPart;

/**
 * The sign-in view's "Then assume a role" part: the box, and the role's fields under it, made
 * the first time the box is ticked ({@link RoleFieldsController}).
 */
public final class RoleController {
    private final SignInForm form;
    private final Function<FxmlView, Parent> parts;

    @FXML private CheckBox assumeRole;
    @FXML private VBox roleHost;

    /** @param parts loads a part of the view (with its controller) when it is first shown */
    public RoleController(SignInModel model, Function<FxmlView, Parent> parts) {
        this.form = model.form();
        this.parts = parts;
    }

    @FXML
    private void initialize() {
        var role = form.role();
        assumeRole.selectedProperty().bindBidirectional(role.assumeRoleProperty());
        LazyPart.include(roleHost, role.assumeRoleProperty(), () -> parts.apply(FxmlView.SIGN_IN_ROLE_FIELDS));
    }
}
