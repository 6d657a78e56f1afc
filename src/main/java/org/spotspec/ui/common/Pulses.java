package org.spotspec.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting for a frame: the start screen hands over to the sign-in view, the smoke test measures. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code next} on the FX thread once the scene's next pulse has laid it out and handed
     * it to the renderer (it is rendered later in that pulse; {@code next} runs after it).
     */
    public static void afterNextFrame(Scene scene, Runnable next) {
        var listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(next);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
