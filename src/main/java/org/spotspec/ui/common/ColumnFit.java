package org.spotspec.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Columns that are never cut: an id or a time column grows to its widest cell and its title, and
 * that is its minimum width too; a narrow window scrolls the table sideways instead (the feature
 * tables are unconstrained). Measured when a cell is laid out, with the font the theme gave it.
 */
public final class ColumnFit {
    /** The header's sort arrow and padding, beyond its (bold) title. */
    private static final double HEADER_EXTRA = 26;
    /** Rounding and the cell's own border, beyond its text and padding. */
    private static final double CELL_EXTRA = 4;
    /** The cell's property holding the text and font it was last measured with. */
    private static final String MEASURED = "spotspec.columnFit.measured";
    /** The table's property set while a relayout is on its way. */
    private static final String RELAYOUT = "spotspec.columnFit.relayout";

    private ColumnFit() {
    }

    /**
     * Keeps every column of {@code table} at least as wide as its title, rows or none: measured on
     * the headers as laid out (their own font), again whenever the table's width changes.
     */
    public static void titles(TableView<?> table) {
        table.widthProperty().addListener((obs, old, now) -> {
            for (var node : table.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && header.lookup(".label") instanceof Labeled title) {
                    atLeast(header.getTableColumn(), Math.ceil(title.prefWidth(-1) + HEADER_EXTRA));
                }
            }
        });
    }

    /** A text cell whose column grows to fit it and the column's title. */
    public static <T> TableCell<T, String> textCell() {
        return textCell(true);
    }

    /**
     * A text cell whose column grows to fit the column's title, and the cell's text too if
     * {@code wholeText}; long free text (a status message, a DNS name) may still be cut, not its title.
     */
    public static <T> TableCell<T, String> textCell(boolean wholeText) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }

            @Override
            protected void layoutChildren() {
                widen(this, wholeText);
                super.layoutChildren();
            }
        };
    }

    /** Makes {@code cell}'s column at least as wide as the cell's text and the column's title need. */
    public static void widen(TableCell<?, ?> cell) {
        widen(cell, true);
    }

    private static void widen(TableCell<?, ?> cell, boolean wholeText) {
        var column = cell.getTableColumn();
        var text = cell.getText();
        if (column == null || text == null || text.isEmpty()) {
            return;
        }
        var font = cell.getFont();
        // A cell is laid out again and again (scrolling, every refresh): measure a text once.
        var measured = text + '\u0000' + font;
        if (measured.equals(cell.getProperties().put(MEASURED, measured))) {
            return;
        }
        double textNeed = wholeText ? width(font, text) + cell.snappedLeftInset() + cell.snappedRightInset() + CELL_EXTRA : 0;
        double need = Math.ceil(Math.max(textNeed, headerWidth(column, font)));
        if (atLeast(column, need)) {
            relayoutLater(cell.getTableView());
        }
    }

    /**
     * The column grew while its cells were being laid out: those laid out before in the same pass
     * kept the old width and cut their text ("ap-southe…" after a switch to ap-southeast-3, seen in
     * a window narrower than the table). Once the pass is over, the rows are laid out again, once
     * however many cells widened.
     */
    private static void relayoutLater(TableView<?> table) {
        if (table == null || table.getProperties().put(RELAYOUT, Boolean.TRUE) != null) {
            return;
        }
        Platform.runLater(() -> {
            table.getProperties().remove(RELAYOUT);
            table.refresh();
        });
    }

    /**
     * Whether {@code column} was asked to grow to {@code width} (its preferred width, not its
     * width: under a constrained resize policy that may stay narrower, and asking again would loop).
     */
    private static boolean atLeast(TableColumnBase<?, ?> column, double width) {
        if (width > column.getMinWidth()) {
            column.setMinWidth(width);
        }
        if (width > column.getPrefWidth()) {
            column.setPrefWidth(width);
            return true;
        }
        return false;
    }

    private static double headerWidth(TableColumn<?, ?> column, Font font) {
        // A title shown as a graphic (a label, for its tooltip): as wide as it wants, in its own font.
        if (column.getGraphic() instanceof Labeled label) {
            return label.prefWidth(-1) + HEADER_EXTRA;
        }
        var title = column.getText();
        if (title == null || title.isEmpty()) {
            return 0;
        }
        return width(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()), title) + HEADER_EXTRA;
    }

    static double width(Font font, String text) {
        var measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
