package org.spotspec.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Keeps what the user needs next in sight in a scroll pane that a short window makes scroll. */
public final class Scrolling {
    private static final double MARGIN = 16;

    private Scrolling() {
    }

    /**
     * Each time {@code shown} turns true, scrolls {@code pane} (once laid out) so that {@code target}
     * is in sight: e.g. a sign-in error that would push the Sign in button below the window's edge.
     */
    public static void revealWhen(ObservableBooleanValue shown, ScrollPane pane, Node target) {
        shown.addListener((obs, was, now) -> {
            if (now && pane.getScene() != null) {
                Pulses.afterNextFrame(pane.getScene(), () -> reveal(pane, target));
            }
        });
    }

    /**
     * Keeps each of {@code nodes} in sight when it takes the focus (Tab, a mnemonic), in the scroll
     * pane it sits in, if any: a keyboard user never types into a field off screen.
     */
    public static void followFocus(Node... nodes) {
        for (var node : nodes) {
            node.focusedProperty().addListener((obs, was, focused) -> {
                var pane = enclosing(node);
                if (focused && pane != null) {
                    reveal(pane, node);
                }
            });
        }
    }

    /** Scrolls the scroll pane {@code node} sits in, if any, so that it is in sight once the next frame is laid out. */
    public static void revealLater(Node node) {
        var pane = enclosing(node);
        if (pane != null && node.getScene() != null) {
            Pulses.afterNextFrame(node.getScene(), () -> reveal(pane, node));
        }
    }

    private static ScrollPane enclosing(Node node) {
        for (var p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** Scrolls {@code pane} vertically as little as needed to show all of {@code target}. */
    public static void reveal(ScrollPane pane, Node target) {
        var content = pane.getContent();
        double hidden = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        if (hidden <= 0 || target.getScene() == null) {
            return;
        }
        var bounds = content.sceneToLocal(target.localToScene(target.getLayoutBounds()));
        double range = pane.getVmax() - pane.getVmin();
        double top = hidden * (pane.getVvalue() - pane.getVmin()) / range;
        double viewport = pane.getViewportBounds().getHeight();
        double newTop = top;
        // A little of what follows shows too: the target is plainly not at the window's edge.
        if (bounds.getMaxY() + MARGIN > top + viewport) {
            newTop = bounds.getMaxY() + MARGIN - viewport;
        }
        if (bounds.getMinY() < newTop) {
            newTop = bounds.getMinY();
        }
        pane.setVvalue(pane.getVmin() + range * Math.max(0, Math.min(hidden, newTop)) / hidden);
    }

    /**
     * Runs {@code action} now if {@code node} is in a scene, else once it joins one. A scroll pane
     * puts its content in the scene only with its skin, at the first pulse after it is shown: a
     * focus asked for before that is dropped by JavaFX (the sign-in view's cursor stayed on Sign
     * in when the profile list was read quickly on a busy machine). The wait is on the top of the
     * tree {@code node} is in, which joins the scene as a whole: actions asked for in turn run in
     * that turn (the last focus asked for wins), whatever the order of their nodes in the tree.
     */
    public static void whenInScene(Node node, Runnable action) {
        if (node.getScene() != null) {
            action.run();
            return;
        }
        var top = node;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        var joining = top;
        joining.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    joining.sceneProperty().removeListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }
}
