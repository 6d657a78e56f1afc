package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.PlacementScoreXml.item;
import static org.spotspec.testing.PlacementScoreXml.scores;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.capacity.WhereNow;
import org.spotspec.prices.PriceStatistics;
import org.spotspec.testing.FormLayout;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.ViewHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Placement scores in the Prices tab, mounted signed in against a local EC2 over HTTP: the score
 * query under the prices query, the Score column beside the statistics, the "where now" ranking with
 * its rule, and the scores over time, all from the keyboard and mouse as a user would.
 */
@ExtendWith(QuickApplicationExtension.class)
class PricesScoresViewTest {
    private static final String ACTION = "GetSpotPlacementScores";

    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view.start(stage);
    }

    @Test
    void scoresStandBesideThePricesAndRankThePlaces(FxRobot robot) {
        PricesSteps.open(view);
        view.aws.ec2Page("DescribeSpotPriceHistory", "eu-west-1", null, PricesSteps.weekOfPrices(view, "eu-west-1"));
        view.aws.ec2Page(ACTION, "eu-west-1", null, scores(null, item("eu-west-1", null, 8)));
        PricesSteps.choose(robot, "#typeFilter", "#typeList", "m5.large");
        PricesSteps.choose(robot, "#typeFilter", "#typeList", "c5.large");
        robot.clickOn("#fetchButton");
        var table = robot.lookup("#statsTable").<TableView<PriceStatistics>>query();
        FxWait.until(() -> table.getItems().size() == 4);
        assertThat(FxWait.text(robot, "#scoreAdvice")).contains("at least 3", "2 ticked");

        var capacity = robot.lookup("#scoreCapacity").query();
        robot.interact(capacity::requestFocus); // as Tab reaches it: the pane scrolls it into sight
        FxWait.until(capacity::isVisible);
        robot.clickOn("#scoreCapacity").eraseText(5).write("0");
        FxWait.until(() -> robot.lookup("#scoreCapacityError").query().isVisible());
        robot.type(javafx.scene.input.KeyCode.ENTER); // Enter in the field asks, as Get scores does
        FxWait.until(() -> FxWait.text(robot, "#scoreStatus").contains("Correct the target capacity"));
        assertThat(view.aws.count(ACTION)).as("bad input sends nothing").isZero();
        var ask = robot.lookup("#scoreButton").query();
        robot.interact(ask::requestFocus); // Tab to Get scores (below the window's edge)
        robot.type(javafx.scene.input.KeyCode.SPACE);
        FxWait.until(capacity::isFocused); // the field to correct takes the cursor
        robot.clickOn("#scoreCapacity").eraseText(5).write("4").type(javafx.scene.input.KeyCode.ENTER);

        FxWait.until(() -> FxWait.text(robot, "#scoreStatus").contains("1 scores"));
        var scoreColumn = table.getColumns().stream().filter(c -> "scoreColumn".equals(c.getId())).findFirst()
                .orElseThrow();
        FxWait.until(() -> Integer.valueOf(8).equals(scoreColumn.getCellData(0)));
        robot.clickOn("Where now (score and price)");
        var ranking = robot.lookup("#rankingTable").<TableView<WhereNow.Place>>query();
        FxWait.until(() -> ranking.getItems().size() == 1);
        assertThat(ranking.getItems().get(0).score()).isEqualTo(8);
        assertThat(ranking.getItems().get(0).latest()).isNotNull();
        assertThat(FxWait.text(robot, "#rankingRule")).isEqualTo(WhereNow.EXPLANATION);
        LineChart<?, ?> history = robot.lookup("#scoreHistory").query();
        FxWait.until(() -> history.getData().size() == 1);
        javafx.scene.control.ComboBox<?> kept = robot.lookup("#historyChoice").query();
        assertThat(kept.getValue()).isEqualTo(view.services.scores().configurationProperty().get());
    }

    @Test
    void messagesNextToTheQueryFieldsDoNotMoveTheFieldsBelowInTheNarrowestWindow(FxRobot robot) {
        PricesSteps.open(view);
        robot.interact(() -> {
            stage.setWidth(1024); // the app's minimum: the query column at its narrowest
            view.services.scores().byRequirementsProperty().set(true);
        });
        var fields = List.of("#scoreCapacity", "#scoreByRequirements", "#scoreVcpus", "#scoreMemory",
                "#scorePerZone", "#scoreButton");
        var before = FormLayout.sceneYs(robot, fields);

        type(robot, "#maxPrice", "abc");
        type(robot, "#scoreCapacity", "0");
        type(robot, "#scoreVcpus", "8-2");
        type(robot, "#scoreMemory", "99999");
        FxWait.until(() -> FxWait.text(robot, "#maxPriceError").contains("price")
                && FxWait.text(robot, "#scoreCapacityError").contains("1 to 1000")
                && FxWait.text(robot, "#scoreVcpusError").contains("2-8")
                && FxWait.text(robot, "#scoreMemoryError").contains("1 to 32768"));
        assertThat(FormLayout.sceneYs(robot, fields)).as("the messages take the lines kept for them").isEqualTo(before);
        for (var error : List.of("#maxPriceError", "#scoreCapacityError", "#scoreVcpusError", "#scoreMemoryError")) {
            assertOneLine(robot, error);
        }
        for (var price : List.of("0", "0.1234567")) { // the max price's other messages
            type(robot, "#maxPrice", price);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertOneLine(robot, "#maxPriceError");
        }
        assertThat(FormLayout.sceneYs(robot, fields)).isEqualTo(before);
    }

    private static void assertOneLine(FxRobot robot, String id) {
        Label label = robot.lookup(id).query();
        assertThat(label.getText()).isNotEmpty();
        assertThat(label.getHeight()).as(label.getText() + " on one line, whole").isLessThan(label.getFont().getSize() * 2);
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }
}
