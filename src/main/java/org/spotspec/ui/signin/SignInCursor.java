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
        focus.attach(target -> moveTo(focus, target, fields.get(target)),
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
        focus.attachPart(target, () -> moveTo(focus, target, field));
    }

    /**
     * A move put off until its field joins the scene runs only if no later move was asked for
     * meanwhile: the later one may have been made at once, its field already there.
     */
    private static void moveTo(SignInFocus focus, SignInFocus.Target target, Node field) {
        if (field != null) { // a target no field was given for: better the cursor stays than the move throws
            Platform.runLater(() -> Scrolling.whenInScene(field, () -> {
                if (focus.isLatest(target)) {
                    field.requestFocus();
                }
            }));
        }
    }
}
