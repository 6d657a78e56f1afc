package org.spotspec.ui.common;

/**
 * Every FXML view of the app: the one place their paths are written. The main view includes
 * the others but sign-in with {@code fx:include}; a test checks that those includes name exactly
 * these paths, so a view can also be loaded on its own (view tests mount one tab).
 */
public enum FxmlView {
    SIGN_IN("signin/signin.fxml"),
    /** Parts of the sign-in view made when first shown ({@link LazyPart}): the typed keys, the MFA fields. */
    SIGN_IN_KEYS("signin/keys.fxml"),
    SIGN_IN_MFA("signin/mfa.fxml"),
    /** "Then assume a role"'s fields and the Advanced fields, made alike. */
    SIGN_IN_ROLE_FIELDS("signin/role-fields.fxml"),
    SIGN_IN_ADVANCED("signin/advanced.fxml"),
    /** The window's menu, tabs and status bar: includes every view below. */
    MAIN("main/main.fxml"),
    ACCOUNT("account/account.fxml"),
    PRICES("prices/prices.fxml"),
    REQUESTS("requests/requests.fxml"),
    INSTANCES("instances/instances.fxml"),
    LAUNCH("launch/launch.fxml"),
    LOG("log/log.fxml"),
    ARCHIVE("archive/archive.fxml"),
    EVENTS("events/events.fxml"),
    /** Included by the Events view: the watcher's settings and price alert rules. */
    WATCH_PANEL("events/watch-panel.fxml"),
    STATUS_BAR("main/status-bar.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    /** Resource path relative to the {@code org/spotspec/ui} package. */
    public String path() {
        return path;
    }
}
