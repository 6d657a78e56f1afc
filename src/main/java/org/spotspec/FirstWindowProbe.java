package org.spotspec;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.spotspec.logging.LaunchClock;
import org.spotspec.ui.common.Pulses;

/**
 * {@code --smoke-test}: once the window has been shown and its scene has gone through one
 * pulse (laid out and handed to the renderer), reports the time since the process started; then
 * the same once the sign-in view has replaced the start screen, and lets the app exit. CI and {@code packaging/figures.sh} use it; the packaged hello app in
 * {@code packaging/hello} measures itself the same way, so the two figures compare.
 */
public final class FirstWindowProbe {
    /** The switch, as given on the launcher's command line. */
    public static final String SWITCH = "--smoke-test";

    private FirstWindowProbe() {
    }

    /** Calls {@code report} (on the FX thread) after the first pulse of the shown stage's scene. */
    public static void afterFirstPulse(Stage stage, Consumer<Duration> report) {
        if (stage.isShowing()) {
            onNextPulse(stage.getScene(), report);
        } else {
            stage.setOnShown(e -> onNextPulse(stage.getScene(), report));
        }
    }

    private static void onNextPulse(Scene scene, Consumer<Duration> report) {
        Pulses.afterNextFrame(scene, () -> report.accept(LaunchClock.sinceLaunch()));
    }

    /**
     * Calls {@code report} (on the FX thread) after the first pulse that follows the next
     * replacement of the stage's scene root: the window shows a start screen first, then the
     * sign-in view. Call it before that replacement can happen (it listens from now on).
     */
    public static void afterRootReplaced(Stage stage, Consumer<Duration> report) {
        var scene = stage.getScene();
        scene.rootProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Parent> obs, Parent was, Parent now) {
                scene.rootProperty().removeListener(this);
                onNextPulse(scene, report);
            }
        });
    }

    /** The line CI and the figures script read. */
    public static String message(Duration elapsed) {
        return "first window shown in " + elapsed.toMillis() + " ms";
    }

    /** The second line: when the sign-in view, which replaces the start screen, was drawn. */
    public static String readyMessage(Duration elapsed) {
        return "sign-in ready in " + elapsed.toMillis() + " ms";
    }
}
