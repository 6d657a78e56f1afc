package org.spotspec.ui.account;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.spotspec.aws.SourceLabels;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.session.SessionState;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.Navigator;

/** The Account tab: who is signed in, with which credentials, and how long the session lasts. */
public final class AccountController {
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    private final AccountModel account;
    private final SessionState session;
    private final Navigator navigator;

    @FXML private Label heading;
    @FXML private Label subheading;
    @FXML private Label accountValue;
    @FXML private Label arnValue;
    @FXML private Label userIdValue;
    @FXML private Label regionValue;
    @FXML private Label credentialsValue;
    @FXML private Label endpointsValue;
    @FXML private Label sessionKindValue;
    @FXML private Label expiresValue;
    @FXML private Label timeLeftValue;
    @FXML private Label ec2Value;
    @FXML private Button checkEc2Button;
    @FXML private Button renewButton;
    /** Opened offline: says so and offers to sign in; the signed-in details show otherwise. */
    @FXML private VBox offlinePane, signedInPane;

    public AccountController(AccountModel account, SessionState session, Navigator navigator) {
        this.account = account;
        this.session = session;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        var identity = account.identityProperty();
        var current = session.sessionProperty();
        bind(heading, identity, id -> id == null ? "" : "Signed in as " + id.shortName());
        bind(subheading, current, s -> s == null ? "" : "with " + SourceLabels.label(s));
        bind(accountValue, identity, id -> id == null ? "" : id.account());
        bind(arnValue, identity, id -> id == null ? "" : id.arn());
        bind(userIdValue, identity, id -> id == null ? "" : id.userId());
        bind(regionValue, current, s -> s == null ? "" : AccountTexts.regionName(s.region().id()));
        bind(credentialsValue, current, s -> s == null ? "" : SourceLabels.label(s));
        bind(endpointsValue, current, s -> s == null ? "" : AccountTexts.endpoints(s.endpoints()));
        bind(sessionKindValue, current, AccountTexts::sessionKind);
        bind(expiresValue, current, s -> s == null ? "" : s.expiresAt().map(EXPIRY::format)
                .orElse(SourceLabels.isCredentialProcess(s) || SourceLabels.isSso(s) ? "Fetched again before they end" : "Does not expire"));
        bind(timeLeftValue, session.remainingProperty(), AccountTexts::timeLeft);
        bind(ec2Value, account.ec2AccessProperty(), AccountTexts::ec2);
        checkEc2Button.disableProperty().bind(account.ec2AccessProperty().isEqualTo(AccountModel.Ec2Access.CHECKING));
        // Only a session that ends can be renewed; long-term keys show "Does not expire" above instead.
        FieldBindings.showWhen(renewButton, session.remainingProperty().isNotNull());
        FieldBindings.showWhen(offlinePane, current.isNull());
        FieldBindings.showWhen(signedInPane, current.isNotNull());
    }

    private static <T> void bind(Label label, ObservableValue<T> source, java.util.function.Function<T, String> text) {
        label.textProperty().bind(Bindings.createStringBinding(() -> text.apply(source.getValue()), source));
    }

    @FXML
    private void checkEc2() {
        account.checkEc2Access();
    }

    @FXML
    private void refresh() {
        account.refreshIdentity();
    }

    @FXML
    private void renew() {
        account.renewSession();
    }

    @FXML
    private void signIn() {
        navigator.showSignIn();
    }

    @FXML
    private void switchProfile() {
        navigator.signOut(false);
    }

    @FXML
    private void signOut() {
        navigator.signOut(true);
    }
}
