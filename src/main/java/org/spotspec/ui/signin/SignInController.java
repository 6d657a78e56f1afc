package org.spotspec.ui.signin;

import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
import org.spotspec.logging.StartTrace;
import org.spotspec.model.signin.SignInFocus;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.model.signin.SourceKind;
import org.spotspec.ui.common.AppIcons;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.SceneWhen;
import org.spotspec.ui.common.Navigator;
import org.spotspec.ui.common.Scrolling;

/** The sign-in view: binds the form to {@link SignInModel} and asks it to sign in. */
public final class SignInController {
    private final SignInModel model;
    private final Consumer<AwsSession> onSignedIn;
    private final Navigator navigator;

    @FXML private ScrollPane root;
    @FXML private VBox card, environmentPane, problemBox;
    @FXML private ImageView logo;
    @FXML private ToggleGroup sourceGroup;
    @FXML private ToggleButton sourceProfile, sourceEnvironment, sourceKeys;
    @FXML private GridPane profilePane, keysPane, mfaPane;
    @FXML private ComboBox<String> profileBox, regionBox, durationBox;
    @FXML private TextField accessKeyId, mfaSerial, mfaCode, endpointUrl;
    @FXML private PasswordField secretKey;
    @FXML private CheckBox useMfa;
    @FXML private TitledPane advancedPane;
    @FXML private Label profileError, accessKeyIdError, secretKeyError, regionError, mfaSerialError, mfaCodeError;
    @FXML private Label durationError, endpointError;
    @FXML private Label fileWarnings, filesHint, environmentSummary, endpointInEffect;
    @FXML private Label problemHeadline, problemDetails, progressText;
    @FXML private ProgressIndicator progress;
    @FXML private Button signInButton;
    /** Stays enabled while a sign-in runs: with the network down, that sign-in may wait long to fail. */
    @FXML private Hyperlink offlineLink;

    public SignInController(SignInModel model, Consumer<AwsSession> onSignedIn, Navigator navigator) {
        this.model = model;
        this.onSignedIn = onSignedIn;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        StartTrace.mark("sign-in view's nodes made");
        var form = model.form();
        logo.setImage(AppIcons.image(128));
        bindSource();
        ProfileChooser.bind(profileBox, form.profiles(), form.profileProperty());
        RegionChooser.bind(regionBox, AwsRegions.commercial(), form.regionProperty());
        accessKeyId.textProperty().bindBidirectional(form.accessKeyIdProperty());
        secretKey.textProperty().bindBidirectional(form.secretKeyProperty());
        useMfa.selectedProperty().bindBidirectional(form.useMfaProperty());
        mfaSerial.textProperty().bindBidirectional(form.mfaSerialProperty());
        mfaCode.textProperty().bindBidirectional(form.mfaCodeProperty());
        durationBox.setItems(form.durationChoices());
        durationBox.getEditor().textProperty().bindBidirectional(form.durationProperty());
        durationBox.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                form.durationProperty().set(value);
            }
        });
        endpointUrl.textProperty().bindBidirectional(form.endpointUrlProperty());
        bindErrors();
        bindProgressAndProblem();
        // After the card's parts are bound to be disabled while signing in: out of the card, it would be missed.
        SceneWhen.include(mfaPane, form.useMfaProperty());
        filesHint.setText(model.filesDescription());
        environmentSummary.setText(model.environmentSummary());
        FieldBindings.message(fileWarnings, model.fileWarningsProperty());
        endpointInEffect.setText(model.environmentEndpoints());
        FieldBindings.showWhen(endpointInEffect, endpointInEffect.textProperty().isNotEmpty());
        advancedPane.textProperty().bind(model.advancedTitleProperty());
        moveCursorAsTheModelSays();
    }

    private void bindSource() {
        var form = model.form();
        SourceToggles.bind(sourceGroup, Map.of(sourceProfile, SourceKind.PROFILE,
                sourceEnvironment, SourceKind.ENVIRONMENT, sourceKeys, SourceKind.KEYS), form.sourceProperty());
        SceneWhen.include(profilePane, form.showsFieldsOf(SourceKind.PROFILE));
        SceneWhen.include(environmentPane, form.showsFieldsOf(SourceKind.ENVIRONMENT));
        SceneWhen.include(keysPane, form.showsFieldsOf(SourceKind.KEYS));
    }

    private void bindErrors() {
        var form = model.form();
        FieldBindings.error(profileError, form.profileErrorProperty(), profileBox);
        FieldBindings.error(accessKeyIdError, form.accessKeyIdErrorProperty(), accessKeyId);
        FieldBindings.error(secretKeyError, form.secretKeyErrorProperty(), secretKey);
        FieldBindings.error(regionError, form.regionErrorProperty(), regionBox);
        FieldBindings.error(mfaSerialError, form.mfaSerialErrorProperty(), mfaSerial);
        FieldBindings.error(mfaCodeError, form.mfaCodeErrorProperty(), mfaCode);
        FieldBindings.error(durationError, form.durationErrorProperty(), durationBox);
        FieldBindings.error(endpointError, form.endpointErrorProperty(), endpointUrl);
    }

    private void bindProgressAndProblem() {
        var busy = model.signingInProperty();
        progress.visibleProperty().bind(busy);
        progressText.visibleProperty().bind(busy);
        signInButton.disableProperty().bind(busy);
        card.getChildren().stream().filter(n -> n != signInButton.getParent() && n != offlineLink.getParent()).forEach(n -> n.disableProperty().bind(busy));
        FieldBindings.showWhen(problemBox, model.problemProperty().isNotNull());
        // In a short window the error pushes Sign in below the edge: scroll it back into sight.
        Scrolling.revealWhen(problemBox.visibleProperty(), root, signInButton.getParent());
        problemHeadline.textProperty().bind(model.problemHeadlineProperty());
        problemDetails.textProperty().bind(model.problemDetailsProperty());
    }

    /** Where the cursor goes, and when, is the model's call; this maps its targets to fields. */
    private void moveCursorAsTheModelSays() {
        SignInCursor.follow(model.focus(), root, Map.of(SignInFocus.Target.ACCESS_KEY_ID, accessKeyId,
                SignInFocus.Target.SECRET_KEY, secretKey, SignInFocus.Target.MFA_CODE, mfaCode,
                SignInFocus.Target.SIGN_IN_BUTTON, signInButton));
    }

    @FXML
    private void signIn() {
        model.signIn(onSignedIn);
    }

    @FXML
    private void openOffline() {
        offlineLink.setVisited(false); // the view is shown again later: the link should not look spent
        navigator.openOffline();
    }
}
