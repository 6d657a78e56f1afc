package org.spotspec.ui.signin;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.MfaDurations;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.model.signin.SourceKind;
import org.spotspec.ui.common.AppIcons;
import org.spotspec.ui.common.FieldBindings;

/** The sign-in view: binds the form to {@link SignInModel} and asks it to sign in. */
public final class SignInController {
    private final SignInModel model;
    private final Consumer<AwsSession> onSignedIn;

    @FXML private ScrollPane root;
    @FXML private VBox card;
    @FXML private ImageView logo;
    @FXML private ToggleGroup sourceGroup;
    @FXML private ToggleButton sourceProfile;
    @FXML private ToggleButton sourceEnvironment;
    @FXML private ToggleButton sourceKeys;
    @FXML private GridPane profilePane;
    @FXML private ComboBox<String> profileBox;
    @FXML private Label profileError;
    @FXML private Label fileWarnings;
    @FXML private Label filesHint;
    @FXML private VBox environmentPane;
    @FXML private Label environmentSummary;
    @FXML private GridPane keysPane;
    @FXML private TextField accessKeyId;
    @FXML private Label accessKeyIdError;
    @FXML private PasswordField secretKey;
    @FXML private Label secretKeyError;
    @FXML private ComboBox<String> regionBox;
    @FXML private Label regionError;
    @FXML private CheckBox useMfa;
    @FXML private GridPane mfaPane;
    @FXML private TextField mfaSerial;
    @FXML private Label mfaSerialError;
    @FXML private TextField mfaCode;
    @FXML private Label mfaCodeError;
    @FXML private ComboBox<String> durationBox;
    @FXML private Label durationError;
    @FXML private TitledPane advancedPane;
    @FXML private TextField endpointUrl;
    @FXML private Label endpointError;
    @FXML private Label endpointInEffect;
    @FXML private VBox problemBox;
    @FXML private Label problemHeadline;
    @FXML private Label problemDetails;
    @FXML private ProgressIndicator progress;
    @FXML private Label progressText;
    @FXML private Button signInButton;

    public SignInController(SignInModel model, Consumer<AwsSession> onSignedIn) {
        this.model = model;
        this.onSignedIn = onSignedIn;
    }

    @FXML
    private void initialize() {
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
        durationBox.getItems().setAll(MfaDurations.CHOICES);
        durationBox.getEditor().textProperty().bindBidirectional(form.durationProperty());
        durationBox.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                form.durationProperty().set(value);
            }
        });
        endpointUrl.textProperty().bindBidirectional(form.endpointUrlProperty());
        FieldBindings.showWhen(mfaPane, form.useMfaProperty());
        bindErrors();
        bindProgressAndProblem();
        filesHint.setText(model.filesDescription());
        environmentSummary.setText(model.environmentSummary());
        FieldBindings.message(fileWarnings, model.fileWarningsProperty());
        endpointInEffect.setText(model.environmentEndpoints());
        FieldBindings.showWhen(endpointInEffect, endpointInEffect.textProperty().isNotEmpty());
        advancedPane.textProperty().bind(model.advancedTitleProperty());
        focusWhereTypingStarts();
    }

    private void bindSource() {
        var source = model.form().sourceProperty();
        sourceProfile.setUserData(SourceKind.PROFILE);
        sourceEnvironment.setUserData(SourceKind.ENVIRONMENT);
        sourceKeys.setUserData(SourceKind.KEYS);
        sourceGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // a segmented control always has one choice
            } else {
                source.set((SourceKind) toggle.getUserData());
            }
        });
        source.addListener((obs, old, kind) -> selectSource(kind));
        selectSource(source.get());
        FieldBindings.showWhen(profilePane, source.isEqualTo(SourceKind.PROFILE));
        FieldBindings.showWhen(environmentPane, source.isEqualTo(SourceKind.ENVIRONMENT));
        FieldBindings.showWhen(keysPane, source.isEqualTo(SourceKind.KEYS));
    }

    private void selectSource(SourceKind kind) {
        sourceGroup.getToggles().stream().filter(t -> t.getUserData() == kind).findFirst()
                .ifPresent(t -> t.setSelected(true));
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
        card.getChildren().stream().filter(n -> n != signInButton.getParent()).forEach(n -> n.disableProperty().bind(busy));
        var problem = model.problemProperty();
        FieldBindings.showWhen(problemBox, problem.isNotNull());
        problemHeadline.textProperty().bind(Bindings.createStringBinding(
                () -> problem.get() == null ? "" : problem.get().headline(), problem));
        problemDetails.textProperty().bind(Bindings.createStringBinding(
                () -> problem.get() == null ? "" : problem.get().details(), problem));
        problem.addListener((obs, old, now) -> {
            if (now != null && now.kind() == AwsProblem.Kind.WRONG_MFA_CODE) {
                mfaCode.requestFocus();
            }
        });
    }

    /** Each time the view shows, and when the profiles arrive, put the cursor where typing starts. */
    private void focusWhereTypingStarts() {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusFirstField);
            }
        });
        model.form().profiles().addListener((ListChangeListener<Object>) change -> {
            var focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (!(focused instanceof TextField)) {
                Platform.runLater(this::focusFirstField);
            }
        });
    }

    private void focusFirstField() {
        switch (model.form().firstFieldToFill()) {
            case ACCESS_KEY_ID -> accessKeyId.requestFocus();
            case SECRET_KEY -> secretKey.requestFocus();
            case MFA_CODE -> mfaCode.requestFocus();
            default -> signInButton.requestFocus();
        }
    }

    @FXML
    private void signIn() {
        model.signIn(onSignedIn);
    }
}
