package org.spotspec.ui.main;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.spotspec.about.AppInfo;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.session.RegionSwitch;
import org.spotspec.model.session.SessionClock;
import org.spotspec.model.session.SessionState;
import org.spotspec.ui.common.FieldBindings;
import org.spotspec.ui.common.Navigator;
import org.spotspec.ui.common.Ticks;

/**
 * The main window: feature tabs, account menu, and the banner of the {@link SessionClock}, which
 * it ticks once a second while it shows.
 */
public final class MainController {
    private final AccountModel account;
    private final SessionClock clock;
    private final Navigator navigator;
    private final AppInfo info;
    private final RegionSwitch regions;
    private final SessionState session;

    @FXML private BorderPane root;
    /** Unused here: the window binds the tabs' selection (MessagesConsistencyTest: every fx:id has its field). */
    @FXML private TabPane tabs;
    @FXML private Tab pricesTab, requestsTab, instancesTab, launchTab;
    /** Unused here: the window binds its badge. */
    @FXML private Tab eventsTab;
    @FXML private MenuItem renewItem, refreshItem, switchItem, signOutItem, signInItem;
    /** Its accelerator is the shortcut; the handler is all it needs. */
    @FXML private MenuItem switchRegionItem;
    @FXML private HBox banner;
    @FXML private Label bannerText;
    @FXML private Button bannerRenew;

    public MainController(AccountModel account, SessionClock clock, Navigator navigator, AppInfo info,
                          RegionSwitch regions, SessionState session) {
        this.account = account;
        this.session = session;
        this.regions = regions;
        this.clock = clock;
        this.navigator = navigator;
        this.info = info;
    }

    @FXML
    private void initialize() {
        renewItem.disableProperty().bind(clock.renewableProperty().not());
        FieldBindings.showWhen(bannerRenew, clock.renewableProperty());
        var shown = clock.bannerProperty();
        FieldBindings.showWhen(banner, shown.isNotNull());
        bannerText.textProperty().bind(shown.map(SessionClock.Banner::text).orElse(""));
        shown.subscribe(now -> {
            banner.getStyleClass().removeAll("banner-warning", "banner-danger");
            if (now != null) {
                banner.getStyleClass().add(now.urgency() == SessionClock.Urgency.WARNING
                        ? "banner-warning" : "banner-danger");
            }
        });
        clock.shownProperty().bind(root.sceneProperty().isNotNull());
        Ticks.everySecondWhileShowing(root, clock::tick);
        bindOffline();
    }

    /**
     * No session (opened offline): only what reads the price archive works. The tabs and menu items
     * that would ask AWS are disabled, so none of them sends a request; Sign in… replaces Sign out.
     */
    private void bindOffline() {
        var offline = session.sessionProperty().isNull();
        for (var tab : List.of(requestsTab, instancesTab, launchTab)) {
            tab.disableProperty().bind(offline);
        }
        for (var item : List.of(refreshItem, switchRegionItem)) {
            item.disableProperty().bind(offline);
        }
        switchItem.visibleProperty().bind(offline.not());
        signOutItem.visibleProperty().bind(offline.not());
        signInItem.visibleProperty().bind(offline);
        // Opened offline, the window shows what the user came for: the prices the archive holds.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && offline.get()) {
                tabs.getSelectionModel().select(pricesTab);
            }
        });
    }

    @FXML
    private void dismissBanner() {
        clock.dismissBanner();
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
    private void switchRegion() {
        RegionDialog.switchRegion(root.getScene().getWindow(), regions);
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
    private void signIn() {
        navigator.showSignIn();
    }

    @FXML
    private void showPolicy() {
        PolicyDialog.create(root.getScene().getWindow()).show();
    }

    @FXML
    private void showAbout() {
        AboutDialog.create(root.getScene().getWindow(), info).show();
    }
}
