package org.spotspec.ui.signin;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.spotspec.aws.AwsSession;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.model.sso.SsoFormHint;
import org.spotspec.ui.common.FieldBindings;

/**
 * The sign-in view's IAM Identity Center line, under the profile: how Sign in goes, the account and
 * role chosen before, and a link to choose them again (which signs in with the new choice).
 */
public final class SsoPartController {
    private final SignInModel model;
    private final Consumer<AwsSession> onSignedIn;

    @FXML private Label ssoHint;
    @FXML private Hyperlink ssoChooseAgain;

    public SsoPartController(SignInModel model, Consumer<AwsSession> onSignedIn) {
        this.model = model;
        this.onSignedIn = onSignedIn;
    }

    @FXML
    private void initialize() {
        var form = model.form();
        var choices = model.sso().choices();
        ssoHint.textProperty().bind(Bindings.createStringBinding(() -> SsoFormHint.text(form.profileProperty().get(),
                form.profiles(), choices.roleOf(form.profileProperty().get())), form.profileProperty(), form.profiles(),
                choices.roles()));
        FieldBindings.showWhen(ssoHint, ssoHint.textProperty().isNotEmpty());
        var remembered = Bindings.createBooleanBinding(() -> SsoFormHint.isSso(form.profileProperty().get(),
                form.profiles()) && choices.roleOf(form.profileProperty().get()).isPresent(), form.profileProperty(),
                form.profiles(), choices.roles());
        FieldBindings.showWhen(ssoChooseAgain, remembered);
        ssoChooseAgain.disableProperty().bind(model.signingInProperty());
    }

    @FXML
    private void chooseAgain() {
        ssoChooseAgain.setVisited(false);
        model.signIn(onSignedIn, true);
    }
}
