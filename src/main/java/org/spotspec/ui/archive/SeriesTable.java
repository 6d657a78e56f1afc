package org.spotspec.ui.archive;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.spotspec.archive.SeriesStatus;
import org.spotspec.ui.common.ColumnFit;
import org.spotspec.ui.common.Columns;

/** The Archive tab's table: one row per stored series; ids and names never cut ({@link ColumnFit}). */
final class SeriesTable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private SeriesTable() {
    }

    static void setUp(TableView<SeriesStatus> table, ObservableList<SeriesStatus> rows, ZoneId zone) {
        var sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(List.of(
                Columns.fitted("Region", s -> s.key().region(), 100),
                Columns.fitted("Zone", s -> s.key().availabilityZone(), 95),
                Columns.fitted("Type", s -> s.key().instanceType(), 100),
                Columns.fitted("Product", s -> s.key().product(), 90),
                day("From", SeriesStatus::first, zone),
                day("To", SeriesStatus::last, zone),
                number("Rows", SeriesStatus::rows),
                number("Gaps", s -> (long) s.gaps()),
                Columns.time("Last sync", s -> s.lastWrite().orElse(null), zone)));
        ColumnFit.titles(table);
    }

    /** A day (a series' span needs no more at a glance; the tooltip gives the UTC time), sorted by the instant. */
    private static TableColumn<SeriesStatus, Instant> day(String title, Function<SeriesStatus, Instant> value,
                                                          ZoneId zone) {
        var column = Columns.time(title, value, zone, DAY);
        column.setPrefWidth(95);
        return column;
    }

    /** A count, right-aligned with thousands separators, sorted as a number. */
    private static TableColumn<SeriesStatus, Long> number(String title, Function<SeriesStatus, Long> value) {
        var column = new TableColumn<SeriesStatus, Long>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? "" : String.format("%,d", n));
                setAlignment(Pos.CENTER_RIGHT);
            }

            @Override
            protected void layoutChildren() {
                ColumnFit.widen(this);
                super.layoutChildren();
            }
        });
        column.setPrefWidth(70);
        return column;
    }
}
