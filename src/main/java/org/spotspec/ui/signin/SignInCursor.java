package org.spotspec.ui.signin;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.spotspec.model.signin.SignInFocus;
import org.spotspec.ui.common.Scrolling;

/**
 * Moves the cursor where the sign-in model says. A move waits for the current event to finish:
 * the fields' disabled state follows the model's after it. On showing, the move waits until the
 * scene has taken the view.
 */
final class SignInCursor {
    private SignInCursor() {
    }

    /** @param fields the main view's fields; a part's own field comes through {@link #partField} */
    static void follow(SignInFocus focus, Node root, Map<SignInFocus.Target, Node> fields) {
        focus.attach(target -> moveTo(fields.get(target)),
                () -> root.getScene() != null && root.getScene().getFocusOwner() instanceof TextField);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(focus::viewShown);
            }
        });
    }

    /**
     * A field of a part of the view with its own controller (the role ARN), so the main controller
     * need not know it.
     */
    static void partField(SignInFocus focus, SignInFocus.Target target, Node field) {
        focus.attachPart(target, () -> moveTo(field));
    }

    private static void moveTo(Node field) {
        if (field != null) { // a target no field was given for: better the cursor stays than the move throws
            Platform.runLater(() -> Scrolling.whenInScene(field, field::requestFocus));
        }
    }
}
