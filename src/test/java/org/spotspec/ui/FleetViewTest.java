package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.ui.LaunchSteps.AMI;
import static org.spotspec.ui.LaunchSteps.RUN;
import static org.spotspec.ui.LaunchSteps.launchAndConfirm;
import static org.spotspec.ui.LaunchSteps.outcome;
import static org.spotspec.ui.LaunchSteps.text;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.launch.LaunchChoices;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.model.launch.LaunchWay;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FormLayout;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Launch tab's EC2 Fleet (instant) way and the one-click capacity fallback, mounted signed in,
 * against a local EC2 over HTTP answering with EC2's XML.
 */
@ExtendWith(QuickApplicationExtension.class)
class FleetViewTest {
    private static final String TEMPLATE = "CreateLaunchTemplate";
    private static final String FLEET = "CreateFleet";
    private static final String SUBNET_A = "subnet-0123456789abcdef0";
    private static final String SUBNET_B = "subnet-0fedcba9876543210";

    @RegisterExtension
    final ViewHarness view = new ViewHarness();
    private final List<LaunchResult> launched = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view.start(stage);
        view.services.launch().addLaunchListener(launched::add);
    }

    private void openLaunch() {
        LaunchSteps.stubLookups(view.aws);
        view.show(FxmlView.LAUNCH);
        LaunchSteps.awaitLookups(view.services.launch());
    }

    private void stubFleet() {
        view.aws.ec2Page(TEMPLATE, null, null, AwsStub.read("ec2-create-launch-template.xml")
                .replace("${name}", "spotspec-20261127-100000-abcd"));
        view.aws.ec2Page(FLEET, null, null, AwsStub.read("ec2-create-fleet-partial.xml"));
    }

    /** The way chooser from the keyboard: focus it, open it, pick the Fleet way. */
    private void chooseFleet(FxRobot robot) {
        ChoiceBox<?> box = robot.lookup("#methodBox").query();
        robot.interact(box::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.clickOn(LaunchWay.FLEET.label());
        FxWait.until(() -> box.getValue() == LaunchWay.FLEET && robot.lookup("#fleetTypes").<Node>query().isVisible());
    }

    @SuppressWarnings("unchecked")
    private void pickSubnets(FxRobot robot) {
        ComboBox<LaunchChoices.Subnet> picker = robot.lookup("#fleetSubnetPicker").query();
        robot.interact(() -> picker.getItems().stream().toList().forEach(picker::setValue));
        FxWait.until(() -> FxWait.text(robot, "#fleetSubnets").equals(SUBNET_A + ", " + SUBNET_B));
    }

    private void fillFleet(FxRobot robot) {
        chooseFleet(robot);
        LaunchSteps.typeImageId(robot);
        robot.clickOn("#fleetTypes").write("m5.large");
        robot.clickOn("#fleetTypePicker");
        robot.clickOn("c5.large");
        FxWait.until(() -> FxWait.text(robot, "#fleetTypes").equals("m5.large, c5.large"));
        pickSubnets(robot);
        robot.interact(() -> text(robot, "#count").setText("2"));
        FxWait.until(() -> FxWait.text(robot, "#poolsSummary").equals("2 types × 2 subnets = 4 pools"));
    }

    /** Whether the node and every ancestor are visible (a hidden row hides its fields). */
    private static boolean shown(FxRobot robot, String id) {
        for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aFleetAcrossTwoTypesAndTwoSubnetsIsConfirmedAndReportedPerPool(FxRobot robot) {
        openLaunch();
        stubFleet();
        fillFleet(robot);
        assertThat(shown(robot, "#instanceType")).as("one type: not for Fleet").isFalse();
        assertThat(shown(robot, "#subnet")).isFalse();
        assertThat(robot.lookup("#validUntil").<Node>query().isDisabled()).isTrue();
        assertThat(robot.lookup((Node n) -> n instanceof javafx.scene.control.Label l && l.isVisible()
                && l.getText().startsWith("Not for EC2 Fleet")).tryQuery()).as("the reason, beside them").isPresent();

        robot.clickOn("#launchButton");
        FxWait.until(() -> robot.lookup("#launchSummary").tryQuery().isPresent());
        assertThat(FxWait.text(robot, "#launchSummary")).contains("2 instances, all spot",
                "Strategy: price-capacity-optimized", "m5.large in " + SUBNET_A, "c5.large in " + SUBNET_B,
                "A launch template named spotspec-… will be created", "eu-west-1", AwsStub.ACCOUNT);
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(view.aws.count(TEMPLATE) + view.aws.count(FLEET)).as("cancelled: nothing sent").isZero();

        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).startsWith("Fleet fleet-7a3c1f2e"));
        assertThat(FxWait.text(robot, "#outcomeDetails")).contains(
                "c5.large in " + SUBNET_B + " (eu-west-1b), spot: i-0f1e2d3c4b5a60001, i-0f1e2d3c4b5a60002",
                "c5.large in " + SUBNET_A + " (eu-west-1a), on-demand: i-0f1e2d3c4b5a60003",
                "m5.large in " + SUBNET_A + " (eu-west-1a), spot: InsufficientInstanceCapacity — AWS has no spare",
                "spotspec-20261127-100000-abcd (lt-0a20c965061f64abc)", "delete-launch-template");
        assertThat(launched).singleElement().satisfies(r -> assertThat(r.instanceIds()).hasSize(3));
        var sent = AwsStub.form(view.aws.bodies(FLEET).get(0));
        assertThat(sent).containsEntry("Type", "instant")
                .containsEntry("SpotOptions.AllocationStrategy", "price-capacity-optimized")
                .containsEntry("TargetCapacitySpecification.TotalTargetCapacity", "2");
        assertThat(sent.values()).contains("m5.large", "c5.large", SUBNET_A, SUBNET_B);
    }

    @Test
    void theFleetDryRunSaysWhatWasCheckedAndCreatesNothing(FxRobot robot) {
        openLaunch();
        fillFleet(robot);
        view.aws.ec2Error(TEMPLATE, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("would succeed as far as EC2 could check"));
        assertThat(FxWait.text(robot, "#outcomeDetails")).contains("CreateLaunchTemplate", "would-succeed",
                "CreateFleet (ec2:CreateFleet): not-checked");
        assertThat(view.aws.requests(TEMPLATE)).allSatisfy(r -> assertThat(r.getBodyAsString()).contains("DryRun=true"));
        assertThat(view.aws.count(FLEET)).isZero();
        assertThat(launched).isEmpty();
    }

    @Test
    void aFleetWithBadFieldsSendsNothing(FxRobot robot) {
        openLaunch();
        chooseFleet(robot);
        robot.clickOn("#fleetTypes").write("m5.large, huge");
        robot.clickOn("#launchButton");
        FxWait.until(() -> outcome(robot).startsWith("Nothing was sent"));
        assertThat(FxWait.text(robot, "#fleetTypesError")).contains("\"huge\" is not an instance type");
        assertThat(FxWait.text(robot, "#imageIdError")).isNotEmpty();
        var imageId = robot.lookup("#imageId").query();
        assertThat(imageId.getScene().getFocusOwner()).as("the first field to correct, above the types").isSameAs(imageId);
        assertThat(FormLayout.assertLabelsLevelWithFields(robot, "#fleetRoot"))
                .contains("Instance _types", "Su_bnets", "Spot pools", "Allocation _strategy", "On-_demand base");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(view.aws.count(TEMPLATE) + view.aws.count(FLEET)).isZero();
    }

    @Test
    void aCapacityFailureOffersTheSameLaunchAsAFleetInOneClick(FxRobot robot) {
        openLaunch();
        view.aws.ec2Error(RUN, 500, "InsufficientInstanceCapacity",
                "We currently do not have sufficient m5.large capacity in the Availability Zone you requested.");
        LaunchSteps.fillForm(robot, view.services.launch());
        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).contains("InsufficientInstanceCapacity"));
        FxWait.until(() -> robot.lookup("#fallbackButton").<Node>query().isVisible());
        assertThat(FxWait.text(robot, "#fallbackButton")).isEqualTo("Launch as a Fleet across 2 types and 2 zones…");

        stubFleet();
        robot.clickOn("#fallbackButton");
        FxWait.until(() -> robot.lookup("#launchSummary").tryQuery().isPresent());
        assertThat(FxWait.text(robot, "#launchSummary")).contains("2 instances, all spot",
                "m5.large in eu-west-1a", "m5a.large in eu-west-1b", "price-capacity-optimized");
        assertThat(view.aws.count(FLEET)).as("the confirmation still guards the launch").isZero();
        robot.clickOn(FxWait.dialogButton(robot, "Launch"));

        FxWait.until(() -> outcome(robot).startsWith("Fleet fleet-7a3c1f2e"));
        assertThat(robot.lookup("#methodBox").<ChoiceBox<?>>query().getValue()).isEqualTo(LaunchWay.FLEET);
        assertThat(FxWait.text(robot, "#fleetTypes")).isEqualTo("m5.large, m5a.large");
        assertThat(FxWait.text(robot, "#fleetZones")).isEqualTo("eu-west-1a, eu-west-1b");
        assertThat(robot.lookup("#fallbackButton").<Node>query().isVisible()).isFalse();
        var template = AwsStub.form(view.aws.bodies(TEMPLATE).get(0));
        assertThat(template).containsEntry("LaunchTemplateData.ImageId", AMI)
                .containsEntry("LaunchTemplateData.KeyName", "ml-key");
        assertThat(AwsStub.form(view.aws.bodies(FLEET).get(0)).values()).contains("m5a.large", "eu-west-1b");
        assertThat(launched).hasSize(1);
    }
}
