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
        whileShowing(view, everySecond(tick));
    }

    /** A timeline that calls {@code tick} once a second until stopped; not yet playing. */
    public static Animation everySecond(Runnable tick) {
        var timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        return timeline;
    }

    /**
     * Plays {@code ticker} while {@code view} is in a showing window and stops it otherwise. One
     * chain, not a listener per scene and window: a view that leaves the scene and comes back (the
     * main view at sign-out and sign-in) lets go of the old window as its scene changes.
     */
    public static void whileShowing(Node view, Animation ticker) {
        view.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .subscribe(showing -> {
                    if (showing) {
                        ticker.play();
                    } else {
                        ticker.stop();
                    }
                });
    }
}
