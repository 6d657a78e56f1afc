package org.spotspec.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;

/**
 * A part of a view that is made only when it is first shown, and is in the scene graph only
 * while shown (as {@link SceneWhen}). The sign-in view's parts that most starts never show (the
 * typed keys, the MFA, role and Advanced fields) were half of its FXML's first load, on the way
 * to the first view a user sees; made when shown, each takes a few tens of milliseconds then.
 */
public final class LazyPart {
    private LazyPart() {
    }

    /**
     * Puts the part {@code make} makes into {@code host} while {@code condition} holds, making it
     * the first time. The host, an empty pane where the part belongs, takes no space until then
     * and whenever the part is hidden; what the view binds on the host (disabled while signing in)
     * the part has too.
     */
    public static void include(Pane host, ObservableBooleanValue condition, Supplier<? extends Node> make) {
        FieldBindings.showWhen(host, condition);
        var part = new Node[1];
        Runnable sync = () -> {
            if (!condition.get()) {
                host.getChildren().clear();
                return;
            }
            if (part[0] == null) {
                part[0] = make.get();
            }
            if (host.getChildren().isEmpty()) {
                host.getChildren().add(part[0]);
            }
        };
        sync.run();
        condition.addListener((obs, was, now) -> sync.run());
    }

    /** {@code pane}'s content, made the first time it is expanded. */
    public static void content(TitledPane pane, Supplier<? extends Node> make) {
        Runnable sync = () -> {
            if (pane.isExpanded() && pane.getContent() == null) {
                pane.setContent(make.get());
            }
        };
        sync.run();
        pane.expandedProperty().addListener((obs, was, now) -> sync.run());
    }
}
