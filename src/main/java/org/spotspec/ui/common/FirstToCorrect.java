package org.spotspec.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * After a form was refused as typed (nothing sent, every field at fault marked by
 * {@link FieldBindings}): the cursor goes to the first marked field, top to bottom, and a scroll
 * pane brings it into sight, so what the user types next corrects it.
 */
public final class FirstToCorrect {
    private FirstToCorrect() {
    }

    /** Moves the cursor to the first shown, enabled field of {@code form} marked with a message, if any. */
    public static void focus(Parent form) {
        first(form).ifPresent(FirstToCorrect::take);
    }

    /** Moves the cursor to {@code node}, scrolled into sight once the messages that just appeared are laid out. */
    public static void take(Node node) {
        node.requestFocus();
        Scrolling.revealLater(node);
    }

    static Optional<Node> first(Parent form) {
        var marked = new ArrayList<Node>();
        collect(form, marked);
        return marked.stream().min(Comparator.comparingDouble((Node n) -> top(n).getMinY())
                .thenComparingDouble(n -> top(n).getMinX()));
    }

    private static void collect(Parent parent, List<Node> marked) {
        for (var child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue; // a hidden part's fields (another way of launching) are not to be corrected now
            }
            if (child.getPseudoClassStates().contains(FieldBindings.DANGER)) {
                marked.add(child);
            } else if (child instanceof Parent p) {
                collect(p, marked);
            }
        }
    }

    private static Bounds top(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
