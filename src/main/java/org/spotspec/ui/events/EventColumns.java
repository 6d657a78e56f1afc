package org.spotspec.ui.events;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.TableView;
import org.spotspec.model.watch.EventTexts;
import org.spotspec.ui.common.ColumnFit;
import org.spotspec.ui.common.Columns;
import org.spotspec.watch.StoredEvent;

/** The Events table's columns: newest first, unacknowledged rows marked by the view. */
final class EventColumns {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private EventColumns() {
    }

    static void setUp(TableView<StoredEvent> table, ZoneId zone) {
        var time = Columns.time("Time", (StoredEvent s) -> s.event().time(), zone, SECONDS);
        table.getColumns().setAll(List.of(
                time,
                Columns.fitted("Region", s -> s.event().region(), 90),
                Columns.fitted("Kind", s -> s.event().kind().id(), 110),
                Columns.id("Id", s -> s.event().id()),
                Columns.fitted("From → to", s -> EventTexts.change(s.event()), 150),
                Columns.text("Message", s -> s.event().message(), 420)));
        Columns.newestFirst(table, time);
        ColumnFit.titles(table);
    }
}
