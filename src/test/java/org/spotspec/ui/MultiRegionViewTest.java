package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.cancelled;
import static org.spotspec.testing.Ec2Fixtures.describeInstances;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.instance;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;
import static org.spotspec.testing.Ec2Fixtures.terminating;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.instances.SpotInstance;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.QueryForm;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Requests and Instances tabs showing two regions (signed in to eu-west-1, us-east-1 added
 * with the region chooser) against a local EC2 that answers per region: the chooser, the Region
 * column, a failing region named above the other's rows, and confirmations that group ids by
 * region before each region gets its own call.
 */
@ExtendWith(QuickApplicationExtension.class)
class MultiRegionViewTest {
    private static final String DESCRIBE = "DescribeSpotInstanceRequests";
    private static final String EU = "eu-west-1";
    private static final String US = "us-east-1";
    private static final String SIR_EU = "sir-0eu1west1";
    private static final String SIR_US = "sir-0us1east1";
    private static final String I_EU = "i-0aaa1111bbbb22223";
    private static final String I_US = "i-0ccc3333dddd44445";

    @RegisterExtension
    final ViewHarness view = new ViewHarness();

    @Start
    void start(Stage stage) {
        view.start(stage);
    }

    private void stubRequests() {
        view.aws.ec2Page(DESCRIBE, EU, null, describeSpotRequests(null, spotRequest(SIR_EU, "open", "price-too-low", "")));
        view.aws.ec2Page(DESCRIBE, US, null, describeSpotRequests(null, spotRequest(SIR_US, "open", "price-too-low", "")));
    }

    /** Ticks {@code region} in the chooser as a click or Space on its item does. */
    private void tick(FxRobot robot, MenuButton chooser, String region) {
        var item = (CheckMenuItem) chooser.getItems().stream().filter(i -> ("region-" + region).equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            item.setSelected(!item.isSelected());
            item.fire();
        });
    }

    @Test
    void theChooserIsReachableByKeyboardAndAddsARegionWhoseRowsShowWithTheirRegion(FxRobot robot) {
        stubRequests();
        view.show(FxmlView.REQUESTS);
        TableView<SpotRequest> table = robot.lookup("#requestTable").query();
        FxWait.until(() -> table.getItems().size() == 1);
        MenuButton chooser = robot.lookup("#requestRegionsButton").query();
        assertThat(chooser.getText()).isEqualTo(EU);
        assertThat(chooser.getAccessibleText()).contains("Regions shown: " + EU);

        robot.clickOn("#requestFilterText").press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(chooser.isFocused()).as("Shift+Tab from the filter reaches the chooser").isTrue();
        robot.type(KeyCode.DOWN);
        FxWait.until(chooser::isShowing);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> !chooser.isShowing());

        tick(robot, chooser, US);

        FxWait.until(() -> table.getItems().size() == 2);
        assertThat(chooser.getText()).isEqualTo("2 regions");
        assertThat(view.services.tableRegions().chosen()).containsExactly(EU, US);
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Region");
        assertThat(table.getItems()).extracting(r -> r.region() + " " + r.id())
                .containsExactlyInAnyOrder(EU + " " + SIR_EU, US + " " + SIR_US);
        assertThat(robot.lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && US.equals(c.getText())).tryQuery()).as("a Region cell says us-east-1").isPresent();
        LiveTables.clickRow(robot, SIR_US, false);
        assertThat(FxWait.text(robot, "#detailsHeadline")).contains(SIR_US + " in " + US);

        robot.interact(() -> ((CheckMenuItem) chooser.getItems().get(0)).fire());
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(chooser.getText()).isEqualTo(EU);
        assertThat(view.services.tableRegions().followsSession()).isTrue();
    }

    @Test
    void aFailingRegionIsNamedAboveTheOtherRegionsRows(FxRobot robot) {
        view.aws.ec2Page(DESCRIBE, US, null, describeSpotRequests(null, spotRequest(SIR_US, "open", "price-too-low", "")));
        view.aws.ec2Error(DESCRIBE, EU, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        robot.interact(() -> view.services.tableRegions().choose(List.of(EU, US)));

        view.show(FxmlView.REQUESTS);

        TableView<SpotRequest> table = robot.lookup("#requestTable").query();
        FxWait.until(() -> table.getItems().size() == 1);
        FxWait.until(() -> FxWait.text(robot, "#requestProblemLabel").contains("UnauthorizedOperation"));
        assertThat(FxWait.text(robot, "#requestProblemLabel")).startsWith(EU + ": UnauthorizedOperation — ")
                .endsWith("The other regions are shown.");
        assertThat(table.getItems()).extracting(SpotRequest::id).containsExactly(SIR_US);
    }

    @Test
    void cancelGroupsTheIdsByRegionAndSendsEachToItsRegion(FxRobot robot) {
        stubRequests();
        view.aws.ec2Page("CancelSpotInstanceRequests", EU, null, cancelled(SIR_EU));
        view.aws.ec2Page("CancelSpotInstanceRequests", US, null, cancelled(SIR_US));
        robot.interact(() -> view.services.tableRegions().choose(List.of(EU, US)));
        view.show(FxmlView.REQUESTS);
        TableView<SpotRequest> table = robot.lookup("#requestTable").query();
        FxWait.until(() -> table.getItems().size() == 2);
        LiveTables.clickRow(robot, SIR_US, false);
        LiveTables.clickRow(robot, SIR_EU, true);

        robot.clickOn("#cancelRequestsButton");

        // Grouped in the table's order; the lines follow the groups.
        var groups = FxWait.text(robot, "#confirmByRegion");
        assertThat(groups).isIn(US + ": " + SIR_US + "; " + EU + ": " + SIR_EU, EU + ": " + SIR_EU + "; " + US + ": " + SIR_US);
        assertThat(LiveTables.confirmedIds(robot)).containsExactlyElementsOf(groups.startsWith(US)
                ? List.of(SIR_US, SIR_EU) : List.of(SIR_EU, SIR_US));
        assertThat(FxWait.text(robot, "#confirmTarget")).startsWith("Regions ").contains(US, EU, AwsStub.ACCOUNT);
        assertThat(view.aws.count("CancelSpotInstanceRequests")).isZero();
        robot.clickOn(FxWait.dialogButton(robot, "Cancel 2 requests"));

        FxWait.until(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        assertThat(view.aws.requests("CancelSpotInstanceRequests")).extracting(r -> AwsStub.signedRegion(r) + " "
                + QueryForm.decode(r.getBodyAsString()).get("SpotInstanceRequestId.1"))
                .containsExactlyInAnyOrder(US + " " + SIR_US, EU + " " + SIR_EU);
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
    }

    @Test
    void terminateGroupsTheInstancesByRegionAndSendsEachToItsRegion(FxRobot robot) {
        view.aws.ec2Page("DescribeInstances", EU, null, describeInstances(null, instance(I_EU, "running", SIR_EU)));
        view.aws.ec2Page("DescribeInstances", US, null, describeInstances(null, instance(I_US, "running", SIR_US)));
        view.aws.ec2Page("TerminateInstances", EU, null, terminating(I_EU));
        view.aws.ec2Page("TerminateInstances", US, null, terminating(I_US));
        robot.interact(() -> view.services.tableRegions().choose(List.of(EU, US)));
        view.show(FxmlView.INSTANCES);
        TableView<SpotInstance> table = robot.lookup("#instanceTable").query();
        FxWait.until(() -> table.getItems().size() == 2);
        assertThat(robot.lookup("#instanceRegionsButton").queryAs(MenuButton.class).getText()).isEqualTo("2 regions");
        LiveTables.clickRow(robot, I_EU, false);
        LiveTables.clickRow(robot, I_US, true);

        robot.clickOn("#terminateButton");

        assertThat(FxWait.text(robot, "#confirmByRegion")).isIn(EU + ": " + I_EU + "; " + US + ": " + I_US,
                US + ": " + I_US + "; " + EU + ": " + I_EU);
        assertThat(LiveTables.confirmedIds(robot)).containsExactlyInAnyOrder(I_EU, I_US);
        robot.clickOn(FxWait.dialogButton(robot, "Terminate 2 instances"));

        FxWait.until(() -> robot.lookup("#outcomeTable").tryQuery().isPresent());
        assertThat(view.aws.requests("TerminateInstances")).extracting(r -> AwsStub.signedRegion(r) + " "
                + QueryForm.decode(r.getBodyAsString()).get("InstanceId.1"))
                .containsExactlyInAnyOrder(EU + " " + I_EU, US + " " + I_US);
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
    }
}
