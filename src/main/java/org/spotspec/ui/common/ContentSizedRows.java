package org.spotspec.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * Lists whose rows are as tall as their text ({@code .content-sized-rows} in spotspec.css: the
 * theme's fixed row height would cut a second line), and whose long texts wrap at the list's
 * width rather than widening the rows into a sideways scroll.
 */
public final class ContentSizedRows {
    private static final String STYLE_CLASS = "content-sized-rows";

    private ContentSizedRows() {
    }

    /** Rows of {@code list} sized by their content. */
    public static void on(ListView<?> list) {
        if (!list.getStyleClass().contains(STYLE_CLASS)) {
            list.getStyleClass().add(STYLE_CLASS);
        }
    }

    /** {@code cell} with no width of its own: it takes the list's, and its text wraps there, whole. */
    public static <C extends ListCell<?>> C wrapping(C cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }
}
