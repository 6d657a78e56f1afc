package org.spotspec;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code --smoke-test}: once the window has been shown and its scene has gone through one
 * pulse (laid out and handed to the renderer), reports the time since the process started and
 * lets the app exit. CI and {@code packaging/figures.sh} use it; the packaged hello app in
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
        var listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Later in this pulse the scene is rendered; report once that has been done.
            Platform.runLater(() -> report.accept(sinceProcessStart()));
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Time since the OS started this process (the launcher, before the JVM). */
    public static Duration sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()))
                .orElse(Duration.ZERO);
    }

    /** The line CI and the figures script read. */
    public static String message(Duration elapsed) {
        return "first window shown in " + elapsed.toMillis() + " ms";
    }
}
