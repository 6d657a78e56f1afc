package org.spotspec.ui.common;

import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Forms laid out in a {@link GridPane}: a label beside its field, a message line under the field. */
public final class FormGrids {
    /** Style class of a field's label: padded down to its field's text (spotspec.css). */
    private static final String FIELD_LABEL = "field-label";

    private FormGrids() {
    }

    /**
     * Each label level with its field's text. By default a GridPane centres a label on its whole
     * row, so beside a field with a message line under it the label sat half a line below the
     * field's text. Now every cell the FXML does not align itself keeps to the top of its row, and
     * the labels of the first column are padded down as far as the theme's inputs pad their text.
     * (Baseline alignment would do it without padding, but a GridPane then gives wrapping text one
     * line only.)
     */
    public static void alignOnText(GridPane grid) {
        for (var cell : grid.getChildren()) {
            if (GridPane.getValignment(cell) != null) {
                continue;
            }
            GridPane.setValignment(cell, VPos.TOP);
            if (cell instanceof Label label && column(label) == 0 && !label.getStyleClass().contains("section-title")) {
                label.getStyleClass().add(FIELD_LABEL);
            }
        }
    }

    private static int column(Label label) {
        var index = GridPane.getColumnIndex(label);
        return index == null ? 0 : index;
    }
}
