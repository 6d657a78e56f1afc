package org.spotspec.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Table columns the feature tables share: plain text, times in the user's zone, coloured states. */
public final class Columns {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Every state style class, so a reused cell drops the one of its previous row. */
    private static final String STATE_PREFIX = "state-";

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        var column = new TableColumn<T, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /**
     * A text column wide enough for its usual content, so it is not cut off; never narrower than
     * its title. Long free text may be cut (the table's cells have tooltips where it matters).
     */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        var column = text(title, value);
        column.setCellFactory(c -> ColumnFit.textCell(false));
        column.setPrefWidth(width);
        return column;
    }

    /** A column of short values (codes, types, zones, addresses): as wide as its widest value and its title. */
    public static <T> TableColumn<T, String> fitted(String title, Function<T, String> value, double width) {
        var column = text(title, value, width);
        column.setCellFactory(c -> ColumnFit.textCell());
        return column;
    }

    /** An id column: as wide as its longest id and its title, never cut ({@link ColumnFit}). */
    public static <T> TableColumn<T, String> id(String title, Function<T, String> value) {
        return fitted(title, value, 80);
    }

    /** Sorts by the instant, shows it as local time; the tooltip gives UTC. */
    public static <T> TableColumn<T, Instant> time(String title, Function<T, Instant> value, ZoneId zone) {
        return time(title, value, zone, TIME);
    }

    /** As {@link #time(String, Function, ZoneId)}, in {@code format} (a day, where the time would crowd the table). */
    public static <T> TableColumn<T, Instant> time(String title, Function<T, Instant> value, ZoneId zone,
                                                   java.time.format.DateTimeFormatter format) {
        var column = new TableColumn<T, Instant>(title);
        column.setPrefWidth(130);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            // One per cell, its text changed: cells are reused at every refresh and scroll, and a
            // new Tooltip each time installed a new one on the cell each time.
            private final Tooltip utc = new Tooltip();

            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                var none = empty || at == null;
                setText(none ? "" : format.format(at.atZone(zone)));
                utc.setText(none ? "" : at.toString());
                setTooltip(none ? null : utc);
            }

            @Override
            protected void layoutChildren() {
                ColumnFit.widen(this);
                super.layoutChildren();
            }
        });
        return column;
    }

    /** Sorts {@code table} by {@code column}, newest first: people look for what they just did. */
    public static <T> void newestFirst(TableView<T> table, TableColumn<T, ?> column) {
        column.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(column));
    }

    /** A state, coloured by the style class {@code state-<name>} (see spotspec.css). */
    public static <T> TableColumn<T, String> state(String title, Function<T, String> value) {
        var column = text(title, value, 140);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeIf(s -> s.startsWith(STATE_PREFIX));
                setText(empty || state == null ? "" : state);
                if (!empty && state != null && !state.isEmpty()) {
                    getStyleClass().add(styleClass(state));
                }
            }

            @Override
            protected void layoutChildren() {
                ColumnFit.widen(this);
                super.layoutChildren();
            }
        });
        return column;
    }

    public static String styleClass(String state) {
        return STATE_PREFIX + state.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
