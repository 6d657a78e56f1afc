package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The time column: local time in the cell, UTC in its tooltip, one tooltip per cell for its life. */
@ExtendWith(QuickApplicationExtension.class)
class ColumnsTest {
    private static final Instant LAUNCHED = Instant.parse("2026-11-27T10:02:58Z");
    private final ObservableList<Instant> rows = FXCollections.observableArrayList(LAUNCHED);
    private TableView<Instant> table;
    private TableColumn<Instant, Instant> column;

    @Start
    void start(Stage stage) {
        table = new TableView<>(rows);
        column = Columns.time("Launched", t -> t, ZoneId.of("Europe/Berlin"));
        table.getColumns().add(column);
        stage.setScene(new Scene(table, 400, 200));
        stage.show();
    }

    @Test
    void showsLocalTimeWithUtcInTheTooltip(FxRobot robot) {
        var cell = shownCell(robot);
        assertThat(cell.getText()).isEqualTo("2026-11-27 11:02");
        assertThat(cell.getTooltip().getText()).isEqualTo("2026-11-27T10:02:58Z");
    }

    /** A cell is reused for other rows (refresh, scrolling): it keeps its one tooltip. */
    @Test
    void aReusedCellKeepsItsTooltipWithTheNewTime(FxRobot robot) {
        var cell = new AtomicReference<TableCell<Instant, Instant>>();
        robot.interact(() -> {
            var made = column.getCellFactory().call(column);
            made.updateTableView(table);
            made.updateTableColumn(column);
            made.updateIndex(0);
            cell.set(made);
        });
        var tooltip = cell.get().getTooltip();
        assertThat(tooltip.getText()).isEqualTo("2026-11-27T10:02:58Z");

        robot.interact(() -> {
            rows.set(0, LAUNCHED.plusSeconds(3600));
            cell.get().updateIndex(0);
        });
        assertThat(cell.get().getText()).isEqualTo("2026-11-27 12:02");
        assertThat(cell.get().getTooltip()).isSameAs(tooltip);
        assertThat(tooltip.getText()).isEqualTo("2026-11-27T11:02:58Z");

        robot.interact(() -> {
            rows.clear();
            cell.get().updateIndex(0);
        });
        assertThat(cell.get().getText()).isEmpty();
        assertThat(cell.get().getTooltip()).isNull();
    }

    @SuppressWarnings("unchecked")
    private TableCell<Instant, Instant> shownCell(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-row-cell .table-cell").queryAll().stream()
                .map(n -> (TableCell<Instant, Instant>) n)
                .filter(c -> c.getIndex() == 0)
                .findFirst().orElseThrow();
    }
}
