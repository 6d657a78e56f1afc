package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.model.signin.SourceKind;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A new user's first start: no AWS files, so the form turns to typed keys once the (empty)
 * profile list is read, and the cursor goes there, not to Sign in; Sign in with a field left
 * empty sends nothing and takes the cursor to that field.
 */
@ExtendWith(QuickApplicationExtension.class)
class NewUserSignInTest {
    @RegisterExtension
    final AppHarness app = AppHarness.withoutAwsFiles();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @Test
    void withoutAwsFilesTypingStartsAtTheAccessKeyId(FxRobot robot) {
        FxWait.until(() -> app.services.signIn().form().sourceProperty().get() == SourceKind.KEYS);
        // In this app's window: a window an earlier test left open may hold a field of that id too.
        var scene = app.stage().getScene();
        FxWait.until(() -> scene.getFocusOwner() != null && "accessKeyId".equals(scene.getFocusOwner().getId()));
        robot.targetWindow(app.stage()).write("AKIAIOSFODNN7EXAMPLE"); // no click first: where the cursor is
        assertThat(app.services.signIn().form().accessKeyIdProperty().get()).isEqualTo("AKIAIOSFODNN7EXAMPLE");

        robot.type(KeyCode.ENTER); // Sign in, with the secret key still to type: refused, and the cursor goes there
        FxWait.until(() -> scene.getFocusOwner() != null && "secretKey".equals(scene.getFocusOwner().getId()));
        assertThat(((javafx.scene.control.Label) scene.lookup("#secretKeyError")).getText())
                .contains("Enter the secret access key");
        assertThat(app.aws.server().getAllServeEvents()).isEmpty();
    }
}
