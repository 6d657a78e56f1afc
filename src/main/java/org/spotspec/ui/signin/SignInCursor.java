package org.spotspec.ui.signin;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.spotspec.model.signin.SignInFocus;

/**
 * Moves the cursor where the sign-in model says. A move waits for the current event to finish:
 * the fields' disabled state follows the model's after it. On showing, the move waits until the
 * scene has taken the view.
 */
final class SignInCursor {
    private SignInCursor() {
    }

    static void follow(SignInFocus focus, Node root, Map<SignInFocus.Target, Node> fields) {
        focus.attach(target -> Platform.runLater(fields.get(target)::requestFocus),
                () -> root.getScene() != null && root.getScene().getFocusOwner() instanceof TextField);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(focus::viewShown);
            }
        });
    }
}
