package org.spotspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.testing.FxWait;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The {@code --smoke-test} probe: one report after the shown window's first pulse. */
@ExtendWith(QuickApplicationExtension.class)
class FirstWindowProbeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("hello"), 200, 100));
    }

    @Test
    void reportsOnceAfterTheWindowIsShown(FxRobot robot) {
        var reported = new AtomicReference<Duration>();
        var reports = new AtomicInteger();
        robot.interact(() -> FirstWindowProbe.afterFirstPulse(stage, d -> {
            reports.incrementAndGet();
            reported.set(d);
        }));
        assertThat(reported.get()).as("not before the window is shown").isNull();

        robot.interact(stage::show);
        FxWait.until(() -> reported.get() != null);
        robot.interact(() -> stage.getScene().setRoot(new Label("again")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reports.get()).isEqualTo(1);
        assertThat(reported.get()).isPositive();
        assertThat(FirstWindowProbe.message(Duration.ofMillis(1234))).isEqualTo("first window shown in 1234 ms");
    }

    @Test
    void reportsAgainAfterTheRootIsReplacedOnce(FxRobot robot) {
        var reports = new AtomicInteger();
        robot.interact(() -> {
            stage.show();
            FirstWindowProbe.afterRootReplaced(stage, d -> reports.incrementAndGet());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reports.get()).as("not before the root is replaced").isZero();

        robot.interact(() -> stage.getScene().setRoot(new Label("sign-in")));
        FxWait.until(() -> reports.get() == 1);
        robot.interact(() -> stage.getScene().setRoot(new Label("again")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reports.get()).isEqualTo(1);
        assertThat(FirstWindowProbe.readyMessage(Duration.ofMillis(2345))).isEqualTo("sign-in ready in 2345 ms");
    }
}
