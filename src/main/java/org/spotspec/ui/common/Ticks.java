package org.spotspec.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/** A view's once-a-second heartbeat, which stops by itself when the view leaves its window or the window closes. */
public final class Ticks {
    private Ticks() {
    }

    /**
     * Calls {@code tick} once a second (in the animation pulse) while {@code view} is in a showing
     * window; nothing has to stop it, so a closed window leaves no timer behind.
     */
    public static void everySecondWhileShowing(Node view, Runnable tick) {
        var timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        view.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .subscribe(showing -> {
                    if (showing) {
                        timeline.play();
                    } else {
                        timeline.stop();
                    }
                });
    }
}
