package org.spotspec.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

/**
 * Sizes lists and tables by the rows they must show. AtlantaFX's rows are 2.8em tall (39 px at
 * 14 px), not Modena's 24 px: heights guessed in pixels hid ids in confirmations and outcomes.
 * RowHeights get a fixed height here, so a count of rows fits whatever the font.
 */
public final class RowHeights {
    /** AtlantaFX's {@code -fx-cell-size} of lists and tables, in em. */
    private static final double CELL_EM = 2.8;
    /** Borders and padding around the rows (and the header), with room to spare. */
    private static final double FRAME = 20;

    private RowHeights() {
    }

    /** The height of one row. */
    public static double height() {
        return Math.ceil(CELL_EM * Font.getDefault().getSize());
    }

    /** Gives every row of {@code table} the theme's row height, whatever its cells hold. */
    public static void fix(TableView<?> table) {
        table.setFixedCellSize(height());
    }

    /** Makes {@code list} exactly {@code rows} rows tall. */
    public static void show(ListView<?> list, int rows) {
        var h = height();
        list.setFixedCellSize(h);
        list.setPrefHeight(rows * h + FRAME / 2);
    }

    /** Makes {@code table} tall enough for its header and {@code rows} rows. */
    public static void show(TableView<?> table, int rows) {
        var h = height();
        table.setFixedCellSize(h);
        table.setPrefHeight((rows + 1) * h + FRAME); // the header is about a row tall
    }
}
