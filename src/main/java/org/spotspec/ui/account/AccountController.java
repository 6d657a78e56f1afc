package org.spotspec.ui.account;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.AwsSession;
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
        bind(subheading, current, s -> s == null ? "" : "with " + s.source().label());
        bind(accountValue, identity, id -> id == null ? "" : id.account());
        bind(arnValue, identity, id -> id == null ? "" : id.arn());
        bind(userIdValue, identity, id -> id == null ? "" : id.userId());
        bind(regionValue, current, s -> s == null ? "" : regionName(s.region().id()));
        bind(credentialsValue, current, s -> s == null ? "" : s.credentialsSummary());
        bind(endpointsValue, current, s -> s == null ? "" : endpoints(s.endpoints()));
        bind(sessionKindValue, current, AccountController::sessionKind);
        bind(expiresValue, current, s -> s == null ? "" : s.expiresAt().map(EXPIRY::format).orElse("Does not expire"));
        bind(timeLeftValue, session.remainingProperty(), AccountController::timeLeft);
        bind(ec2Value, account.ec2AccessProperty(), AccountController::ec2);
        checkEc2Button.disableProperty().bind(account.ec2AccessProperty().isEqualTo(AccountModel.Ec2Access.CHECKING));
        renewButton.disableProperty().bind(session.remainingProperty().isNull());
        FieldBindings.showWhen(offlinePane, current.isNull());
        FieldBindings.showWhen(signedInPane, current.isNotNull());
    }

    private static <T> void bind(Label label, ObservableValue<T> source, java.util.function.Function<T, String> text) {
        label.textProperty().bind(Bindings.createStringBinding(() -> text.apply(source.getValue()), source));
    }

    private static String regionName(String id) {
        return AwsRegions.commercial().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(AwsRegions.Choice::label).orElse(id);
    }

    private static String endpoints(AwsEndpoints endpoints) {
        if (!endpoints.isOverridden()) {
            return "AWS (the region's public endpoints)";
        }
        return "EC2 " + endpoints.ec2().map(Object::toString).orElse("AWS") + "   ·   STS "
                + endpoints.sts().map(Object::toString).orElse("AWS");
    }

    private static String sessionKind(AwsSession s) {
        if (s == null) {
            return "";
        }
        if (s.assumedRole().isPresent()) {
            return "Assumed role (AssumeRole) " + s.assumedRole().get().assumedRoleArn()
                    + s.mfaSerial().map(serial -> ", MFA with " + serial).orElse("");
        }
        return s.mfaSerial().map(serial -> "MFA session (GetSessionToken) with " + serial)
                .orElse("The source's own credentials, as they are (no MFA session)");
    }

    private static String timeLeft(Duration left) {
        if (left == null) {
            return "—";
        }
        return left.isZero() ? "Expired" : SessionState.formatRemaining(left);
    }

    private static String ec2(AccountModel.Ec2Access access) {
        return switch (access) {
            case UNKNOWN -> "Not checked yet";
            case CHECKING -> "Checking…";
            case OK -> "EC2 answers with these credentials ✓";
            case FAILED -> "EC2 refused these credentials (see the status bar and the Log tab)";
        };
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
