package org.spotspec.ui.main;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.spotspec.about.AppInfo;
import org.spotspec.aws.AwsSession;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.SessionState;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.Navigator;

/**
 * The main window: feature tabs, account menu, and the session clock. Once a second it ticks
 * the session; shortly before an MFA session ends a banner offers renewal, and when it ends
 * the MFA prompt opens by itself.
 */
public final class MainController {
    private final AccountModel account;
    private final SessionState session;
    private final AwsCalls calls;
    private final Navigator navigator;
    private final AppInfo info;
    private final Timeline clock = new Timeline();

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private MenuItem renewItem;
    @FXML private HBox banner;
    @FXML private Label bannerText;
    @FXML private Button bannerRenew;

    public MainController(AccountModel account, SessionState session, AwsCalls calls, Navigator navigator,
                          AppInfo info) {
        this.account = account;
        this.session = session;
        this.calls = calls;
        this.navigator = navigator;
        this.info = info;
    }

    @FXML
    private void initialize() {
        banner.setVisible(false);
        banner.setManaged(false);
        var mfa = javafx.beans.binding.Bindings.createBooleanBinding(this::isMfaSession, session.sessionProperty());
        renewItem.disableProperty().bind(mfa.not());
        FieldBindings.showWhen(bannerRenew, mfa);
        session.expiringProperty().addListener((obs, was, expiring) -> {
            if (expiring) {
                showBanner("Your MFA session ends in under " + SessionState.WARN_BEFORE.toMinutes()
                        + " minutes. Renew it now to keep working without interruption.", "banner-warning");
            }
        });
        session.expiredProperty().addListener((obs, was, expired) -> onExpired(expired));
        session.sessionProperty().addListener((obs, old, current) -> dismissBanner());
        clock.getKeyFrames().setAll(new KeyFrame(javafx.util.Duration.seconds(1), e -> session.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    private boolean isMfaSession() {
        return session.current().map(AwsSession::isMfaSession).orElse(false);
    }

    private void onExpired(boolean expired) {
        if (!expired) {
            return;
        }
        showBanner("Your MFA session has expired. Renew it with a fresh code to continue.", "banner-danger");
        // Dialogs may not open during an animation pulse: ask right after it.
        Platform.runLater(() -> {
            if (session.isExpired() && !calls.isRenewing() && root.getScene() != null) {
                calls.renewNow("Your MFA session has expired.");
            }
        });
    }

    private void showBanner(String text, String style) {
        bannerText.setText(text);
        banner.getStyleClass().removeAll("banner-warning", "banner-danger");
        banner.getStyleClass().add(style);
        banner.setVisible(true);
        banner.setManaged(true);
    }

    @FXML
    private void dismissBanner() {
        banner.setVisible(false);
        banner.setManaged(false);
    }

    @FXML
    private void refreshIdentity() {
        account.refreshIdentity();
    }

    @FXML
    private void renewSession() {
        account.renewSession();
    }

    @FXML
    private void switchProfile() {
        navigator.signOut(false);
    }

    @FXML
    private void signOut() {
        navigator.signOut(true);
    }

    @FXML
    private void showPolicy() {
        PolicyDialog.create(root.getScene().getWindow()).show();
    }

    @FXML
    private void showAbout() {
        AboutDialog.create(root.getScene().getWindow(), info).show();
    }

    /** Stops the clock when the window closes. */
    public void dispose() {
        clock.stop();
    }
}
