package org.spotspec.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.model.signin.SignInFocus;
import org.spotspec.model.signin.SignInForm;
import org.spotspec.model.signin.SourceKind;
import org.spotspec.tasks.TaskRunner;
import org.spotspec.testing.OfflineSignIn;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cursor ends where the model sent it last, whatever order the fields join the scene in.
 * The view's fields join the scene only once its scroll pane has a skin, at a pulse; a move asked
 * before that is put off until then, and one asked after it is made at once.
 */
@ExtendWith(QuickApplicationExtension.class)
class SignInCursorTest {
    private final SignInForm form = new SignInForm();
    private final SignInFocus focus = OfflineSignIn.model(form, TaskRunner.inline()).focus();
    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane(new Button("elsewhere"));
        stage.setScene(new Scene(holder, 300, 200));
        stage.show();
    }

    @Test
    void aMovePutOffUntilTheFieldsJoinTheSceneDoesNotUndoALaterOneMadeAtOnce(FxRobot robot) {
        var accessKeyId = new TextField();
        var signIn = new Button("Sign in");
        var content = new VBox(accessKeyId, signIn);
        robot.interact(() -> {
            SignInCursor.follow(focus, new Pane(), Map.of(SignInFocus.Target.SIGN_IN_BUTTON, signIn));
            SignInCursor.partField(focus, SignInFocus.Target.ACCESS_KEY_ID, accessKeyId);
            // As a new user's empty profile list, read while the fields join the scene: typed keys, and the cursor there.
            content.sceneProperty().addListener((obs, old, scene) -> {
                form.sourceProperty().set(SourceKind.KEYS);
                focus.viewShown();
            });
            focus.viewShown(); // the view shown with the profile source: nothing to type, so Sign in
        });
        WaitForAsyncUtils.waitForFxEvents(); // the move to Sign in waits for its field
        assertThat(signIn.getScene()).isNull();

        robot.interact(() -> holder.getChildren().add(content));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(holder.getScene().getFocusOwner()).isSameAs(accessKeyId);
    }
}
