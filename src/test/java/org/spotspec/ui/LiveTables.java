package org.spotspec.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.spotspec.testing.FxWait;
import org.testfx.api.FxRobot;

/** Clicking rows of the live tables and reading their confirmation, as a user would. */
final class LiveTables {
    private LiveTables() {
    }

    /** Clicks the cell showing {@code id}; with {@code add}, keeps the rows already selected (Ctrl+click). */
    static void clickRow(FxRobot robot, String id, boolean add) {
        Node cell = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && id.equals(c.getText())).query();
        if (add) {
            robot.press(KeyCode.CONTROL).clickOn(cell).release(KeyCode.CONTROL);
        } else {
            robot.clickOn(cell);
        }
    }

    /** The ids the open confirmation lists: the first word of each line. */
    static List<String> confirmedIds(FxRobot robot) {
        FxWait.until(() -> robot.lookup("#confirmIds").tryQuery().isPresent());
        ListView<String> ids = robot.lookup("#confirmIds").query();
        return ids.getItems().stream().map(line -> line.split(" ")[0]).toList();
    }

    static <T> List<T> selected(TableView<T> table) {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }
}
