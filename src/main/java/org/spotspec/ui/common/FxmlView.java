package org.spotspec.ui.common;

/** Every FXML view of the app: the one place their paths are written. */
public enum FxmlView {
    SIGN_IN("signin/signin.fxml"),
    /** Includes {@code main/status-bar.fxml} and {@code log/log.fxml} (paths written there only). */
    MAIN("main/main.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    /** Resource path relative to the {@code org/spotspec/ui} package. */
    public String path() {
        return path;
    }
}
