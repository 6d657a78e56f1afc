package org.spotspec.ui.common;

import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Whether the app has a dialog up: auto-refresh waits while the user reads or answers one. */
public final class OpenDialogs {
    private OpenDialogs() {
    }

    /** A modal window other than {@code main} is showing (confirmations, MFA prompt, errors). */
    public static boolean anyOpen(Window main) {
        return Window.getWindows().stream().anyMatch(w -> w != main && w.isShowing()
                && w instanceof Stage stage && stage.getModality() != Modality.NONE);
    }
}
