package org.spotspec.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotspec.aws.IdOutcome;
import org.spotspec.model.tables.ActionTarget;
import org.spotspec.testing.FxWait;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The confirmation and the outcome of a cancel or terminate show every id without scrolling (up
 * to their limits), in the app's theme: its rows are 2.8em, not the 24 px sizes once assumed, so
 * the second outcome row (the terminate after a cancel) used to be hidden.
 */
@ExtendWith(QuickApplicationExtension.class)
class DialogRowsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600);
        Stylesheets.applyTo(scene);
        stage.setScene(scene); // a dialog takes its owner's stylesheets
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void theOutcomeOfACancelAndItsTerminateShowsBothRows(FxRobot robot) {
        var outcomes = List.of(IdOutcome.done(IdOutcome.Step.CANCEL, "sir-3e8fff6a", "cancelled"),
                IdOutcome.done(IdOutcome.Step.TERMINATE, "i-432b150c1d56e611e", "shutting-down"));
        robot.interact(() -> OutcomeDialog.create(stage, "Cancel", outcomes, false).show());

        assertAllRowsInView(robot, robot.lookup("#outcomeTable").<TableView<?>>query(), 2);
    }

    @Test
    void theConfirmationShowsEveryIdUpToEight(FxRobot robot) {
        var lines = IntStream.range(0, 5).mapToObj(i -> "sir-0000000" + i + " — active, one-time, m5.large").toList();
        var request = new ConfirmationDialog.Request("Cancel spot requests", "Cancel 5 spot requests?", lines,
                new ActionTarget("eu-west-1", "123456789012", "arn:aws:iam::123456789012:user/alice"), "Warning",
                "Cancel 5 requests", "Don't cancel", null, null);
        robot.interact(() -> ConfirmationDialog.build(stage, request).show());

        assertAllRowsInView(robot, robot.lookup("#confirmIds").<ListView<?>>query(), 5);
    }

    private static void assertAllRowsInView(FxRobot robot, Control view, int rows) {
        FxWait.until(() -> view.lookup(".virtual-flow") != null);
        robot.interact(() -> {
            var flow = (VirtualFlow<?>) view.lookup(".virtual-flow");
            var bottom = flow.localToScene(flow.getLayoutBounds()).getMaxY();
            var inView = view.lookupAll(".indexed-cell").stream().filter(Node::isVisible)
                    .filter(n -> n instanceof IndexedCell<?> c && c.getIndex() >= 0 && c.getIndex() < rows
                            && c.getParent() != null && !c.getStyleClass().contains("table-cell"))
                    .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxY() <= bottom + 0.5)
                    .map(n -> ((IndexedCell<?>) n).getIndex()).distinct().count();
            assertThat(inView).as("rows wholly in view").isEqualTo(rows);
        });
    }
}
