package org.spotspec.ui.signin;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
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
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.common.LazyPart;
import org.spotspec.ui.common.SceneWhen;
import org.spotspec.ui.common.Navigator;
import org.spotspec.ui.common.Scrolling;

/** The sign-in view: binds the form to {@link SignInModel} and asks it to sign in. */
public final class SignInController {
    private final SignInModel model;
    private final Consumer<AwsSession> onSignedIn;
    private final Navigator navigator;
    private final Function<FxmlView, Parent> parts;

    @FXML private ScrollPane root;
    @FXML private VBox card, environmentPane, problemBox;
    @FXML private ImageView logo;
    @FXML private ToggleGroup sourceGroup;
    @FXML private ToggleButton sourceProfile, sourceEnvironment, sourceKeys;
    @FXML private GridPane profilePane;
    /** Where the parts made when first shown go (LazyPart): the typed keys, the MFA fields. */
    @FXML private VBox keysHost, mfaHost;
    @FXML private ComboBox<String> profileBox, regionBox;
    @FXML private CheckBox useMfa;
    @FXML private TitledPane advancedPane;
    @FXML private Label profileError, regionError;
    @FXML private Label fileWarnings, filesHint, environmentSummary;
    @FXML private Label problemHeadline, problemDetails, progressText;
    @FXML private ProgressIndicator progress;
    @FXML private Button signInButton;
    /** Stays enabled while a sign-in runs: with the network down, that sign-in may wait long to fail. */
    @FXML private Hyperlink offlineLink;

    /** @param parts loads a part of the view (with its controller) when it is first shown */
    public SignInController(SignInModel model, Consumer<AwsSession> onSignedIn, Navigator navigator,
                            Function<FxmlView, Parent> parts) {
        this.model = model;
        this.onSignedIn = onSignedIn;
        this.navigator = navigator;
        this.parts = parts;
    }

    @FXML
    private void initialize() {
        StartTrace.mark("sign-in view's nodes made");
        var form = model.form();
        logo.setImage(AppIcons.image(128));
        bindSource();
        ProfileChooser.bind(profileBox, form.profiles(), form.profileProperty());
        RegionChooser.bind(regionBox, AwsRegions.commercial(), form.regionProperty());
        useMfa.selectedProperty().bindBidirectional(form.useMfaProperty());
        FieldBindings.error(profileError, form.profileErrorProperty(), profileBox);
        FieldBindings.error(regionError, form.regionErrorProperty(), regionBox);
        bindProgressAndProblem();
        LazyPart.include(mfaHost, form.useMfaProperty(), () -> parts.apply(FxmlView.SIGN_IN_MFA));
        filesHint.setText(model.filesDescription());
        environmentSummary.setText(model.environmentSummary());
        FieldBindings.message(fileWarnings, model.fileWarningsProperty());
        advancedPane.textProperty().bind(model.advancedTitleProperty());
        LazyPart.content(advancedPane, () -> parts.apply(FxmlView.SIGN_IN_ADVANCED));
        moveCursorAsTheModelSays();
    }

    private void bindSource() {
        var form = model.form();
        SourceToggles.bind(sourceGroup, Map.of(sourceProfile, SourceKind.PROFILE,
                sourceEnvironment, SourceKind.ENVIRONMENT, sourceKeys, SourceKind.KEYS), form.sourceProperty());
        SceneWhen.include(profilePane, form.showsFieldsOf(SourceKind.PROFILE));
        SceneWhen.include(environmentPane, form.showsFieldsOf(SourceKind.ENVIRONMENT));
        LazyPart.include(keysHost, form.showsFieldsOf(SourceKind.KEYS), () -> parts.apply(FxmlView.SIGN_IN_KEYS));
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
        // The fields of the parts made when first shown are mapped by the parts themselves.
        SignInCursor.follow(model.focus(), root, Map.of(SignInFocus.Target.SIGN_IN_BUTTON, signInButton,
                SignInFocus.Target.PROFILE, profileBox, SignInFocus.Target.REGION, regionBox));
    }

    @FXML
    private void signIn() {
        // A message in a closed pane is never read, and Sign in would seem to do nothing: open it (its
        // field, made then, can take the cursor if the form is refused).
        if (!model.form().endpointErrorProperty().get().isEmpty()) {
            advancedPane.setExpanded(true);
        }
        model.signIn(onSignedIn);
    }

    @FXML
    private void openOffline() {
        offlineLink.setVisited(false); // the view is shown again later: the link should not look spent
        navigator.openOffline();
    }
}
