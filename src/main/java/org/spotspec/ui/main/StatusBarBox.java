package org.spotspec.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * The status bar's row. Its segments keep their own width (account, region, session time left
 * are never elided: their minimum width is their text's); the error segment grows and is the one
 * that elides. When the row is too narrow for all of them, the segments named in
 * {@link #setDropOrder} are left out, least important first, and come back when there is room.
 */
public final class StatusBarBox extends HBox {
    private final List<Node> dropOrder = new ArrayList<>();

    /** The segments that may be left out, least important first (e.g. the endpoint, then busy text). */
    public void setDropOrder(Node... nodes) {
        dropOrder.clear();
        dropOrder.addAll(List.of(nodes));
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    /**
     * Without the segments that may be left out: else the window's layout would never give the
     * row less than all of them, and nothing would be left out.
     */
    @Override
    protected double computeMinWidth(double height) {
        return dropOrder.isEmpty() ? super.computeMinWidth(height) : essentialWidth();
    }

    /** Insets, the segments that always show, and the spacing between them. */
    private double essentialWidth() {
        var insets = getInsets();
        double needed = insets.getLeft() + insets.getRight();
        int count = 0;
        for (var child : getChildren()) {
            if (child.isManaged() && !dropOrder.contains(child)) {
                needed += child.minWidth(-1);
                count++;
            }
        }
        return needed + Math.max(0, count - 1) * getSpacing();
    }

    /** Leaves out as few droppable segments as the width allows. */
    private void fit(double width) {
        if (width <= 0 || dropOrder.isEmpty()) {
            return;
        }
        double needed = essentialWidth();
        int keepFrom = 0;
        double kept = dropOrder.stream().mapToDouble(n -> n.minWidth(-1) + getSpacing()).sum();
        while (keepFrom < dropOrder.size() && needed + kept > width) {
            kept -= dropOrder.get(keepFrom).minWidth(-1) + getSpacing();
            keepFrom++;
        }
        for (int i = 0; i < dropOrder.size(); i++) {
            var node = dropOrder.get(i);
            boolean keep = i >= keepFrom;
            if (node.isManaged() != keep) {
                node.setManaged(keep);
                node.setVisible(keep);
            }
        }
    }
}
