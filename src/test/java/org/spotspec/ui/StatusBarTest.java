package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.AwsProblem;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar with an error shown: account, region and the session's time left stay readable
 * (never elided) down to a 1024 px window, the error has a place of its own, and a new sign-in
 * starts without the last session's error.
 */
@ExtendWith(QuickApplicationExtension.class)
class StatusBarTest {
    private static final AwsProblem LONG_ERROR = new AwsProblem(
            "Describe spot instance requests in eu-west-1 for the Requests tab's auto-refresh", "UnauthorizedOperation",
            "You are not allowed to do this.", "Ask for ec2:DescribeSpotInstanceRequests.", "", 403,
            AwsProblem.Kind.PERMISSION, "You are not authorized to perform this operation.");

    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @Test
    void at1024PxAnErrorLeavesAccountRegionAndCountdownWhole(FxRobot robot) {
        showErrorAt(robot, 1024);
    }

    @Test
    void at1200PxAnErrorLeavesAccountRegionAndCountdownWhole(FxRobot robot) {
        showErrorAt(robot, 1200);
    }

    private void showErrorAt(FxRobot robot, int width) {
        app.signInWithMfa(robot, Duration.ofHours(4));
        robot.interact(() -> {
            app.services.status().report(LONG_ERROR);
            app.stage().setWidth(width);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var error = robot.lookup("#errorLabel").queryAs(Label.class);
        FxWait.until(() -> error.isVisible() && error.getWidth() > 0);
        robot.interact(() -> app.stage().getScene().getRoot().layout());

        var sceneWidth = app.stage().getScene().getWidth();
        for (var id : new String[] {"#accountLabel", "#regionLabel", "#sessionLabel"}) {
            var label = robot.lookup(id).queryAs(Label.class);
            assertThat(label.getText()).as(id).isNotBlank();
            assertThat(shown(label)).as(id + " at " + width + " px").isEqualTo(label.getText()).doesNotContain("…");
            assertThat(label.localToScene(label.getBoundsInLocal()).getMaxX()).as(id + " inside the window")
                    .isLessThanOrEqualTo(sceneWidth);
        }
        assertThat(FxWait.text(robot, "#sessionLabel")).startsWith("MFA session");
        assertThat(error.getText()).isEqualTo(LONG_ERROR.headline());
        assertThat(error.localToScene(error.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(sceneWidth);
        assertThat(shown(error)).as("the error is the one that elides").isNotEmpty();
        assertThat(robot.lookup("#errorDetails").query().isVisible()).isTrue();
    }

    /** What the label really draws: its text node, elided or not. */
    private static String shown(Label label) {
        var text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    @Test
    void signingOutAndInAgainStartsWithoutTheLastError(FxRobot robot) {
        app.signInWithMfa(robot, Duration.ofHours(4));
        robot.interact(() -> app.services.status().report(LONG_ERROR));
        FxWait.until(() -> FxWait.text(robot, "#errorLabel").equals(LONG_ERROR.headline()));

        robot.clickOn("#signOutButton");
        FxWait.until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        assertThat(app.services.status().lastErrorProperty().get()).as("cleared at sign-out").isNull();

        app.signInWithMfa(robot, Duration.ofHours(4));
        assertThat(app.services.status().lastErrorProperty().get()).isNull();
        assertThat(FxWait.text(robot, "#errorLabel")).isEmpty();
        assertThat(robot.lookup("#errorDetails").query().isVisible()).isFalse();
    }
}
