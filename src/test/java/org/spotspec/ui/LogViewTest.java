package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.AwsProblem;
import org.spotspec.model.activity.ActivityEntry;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Log tab: one line per entry, every row alike, the whole entry below the selected row, and its filters. */
@ExtendWith(QuickApplicationExtension.class)
class LogViewTest {
    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    @Start
    void start(Stage stage) {
        view.start(stage);
    }

    @Test
    void anEntryWithSeveralLinesTakesOneRowAndShowsWholeBelowWhenSelected(FxRobot robot) {
        var log = view.services.activityLog();
        log.info("Signed in as alice");
        log.problem(new AwsProblem("Describe spot requests", "RequestLimitExceeded",
                "AWS throttled the requests.\nSpotSpec's retries ran out.", "Wait a minute.", "req-503", 503,
                AwsProblem.Kind.THROTTLED, "Request limit exceeded."));
        log.warning("A setting could not be read");
        view.show(FxmlView.LOG);
        TableView<ActivityEntry> table = robot.lookup("#table").query();
        FxWait.until(() -> table.getItems().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();

        var heights = robot.lookup("#table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).map(r -> r.getHeight()).distinct().toList();
        assertThat(heights).as("every row as tall as the others").hasSize(1);
        var problemRow = table.getItems().stream().filter(e -> e.level() == ActivityEntry.Level.ERROR).findFirst()
                .orElseThrow();
        assertThat(table.getColumns().get(2).getCellData(problemRow)).asString()
                .doesNotContain("\n").contains("throttled the requests. SpotSpec's retries ran out.");

        assertThat(robot.lookup("#detailsArea").queryTextInputControl().getPromptText()).startsWith("Select an entry");
        robot.interact(() -> table.getSelectionModel().select(problemRow));
        assertThat(FxWait.text(robot, "#detailsArea")).contains("AWS throttled the requests.\nSpotSpec's retries",
                "Request id: req-503");

        robot.clickOn("#errorsOnly");
        FxWait.until(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(e -> e.level() == ActivityEntry.Level.ERROR));
        assertThat(table.getItems()).contains(problemRow);
        robot.clickOn("#errorsOnly");
        robot.clickOn("#filterField").write("could not be read");
        FxWait.until(() -> table.getItems().size() == 1 && table.getItems().get(0).summary().contains("setting"));
        assertThat(FxWait.text(robot, "#countLabel")).isEqualTo("1 of " + log.entries().size());
    }
}
