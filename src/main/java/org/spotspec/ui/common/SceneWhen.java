package org.spotspec.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A part of a view that is in the scene graph only while it is shown: hidden, an empty,
 * unmanaged placeholder holds its place among its parent's children (so it comes back where it
 * was, with its layout constraints, in the same focus order). A hidden node that stays in the
 * graph still costs the first CSS pass (its controls' skins are made then) and every layout
 * after; the sign-in view's panes for the other credential sources, the MFA fields and the role
 * fields were about a third of its nodes, and leaving them out drew it 80 ms sooner. Its
 * controls keep their bindings to the model while out of the graph. (Those of its parts that
 * most starts never show are now not even made until shown: {@link LazyPart}.)
 */
public final class SceneWhen {
    private SceneWhen() {
    }

    /**
     * Shows {@code node} only when {@code condition} holds, as {@link FieldBindings#showWhen}, and
     * keeps it out of the scene graph otherwise. {@code node}'s parent must be a {@link Pane}.
     */
    public static void include(Node node, ObservableBooleanValue condition) {
        FieldBindings.showWhen(node, condition);
        var placeholder = new Group();
        placeholder.setManaged(false);
        placeholder.setVisible(false);
        Runnable swap = () -> {
            var out = condition.get() ? placeholder : node;
            var in = condition.get() ? node : placeholder;
            if (out.getParent() instanceof Pane parent) {
                parent.getChildren().set(parent.getChildren().indexOf(out), in);
            }
        };
        swap.run();
        condition.addListener((obs, was, now) -> swap.run());
    }
}
