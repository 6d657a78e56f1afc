package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.ui.LaunchSteps.AMI;
import static org.spotspec.ui.LaunchSteps.RUN;
import static org.spotspec.ui.LaunchSteps.launchAndConfirm;
import static org.spotspec.ui.LaunchSteps.outcome;
import static org.spotspec.ui.LaunchSteps.runAnswer;
import static org.spotspec.ui.LaunchSteps.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FormLayout;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.ViewHarness;
import org.spotspec.ui.common.FxmlView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Launch tab, mounted signed in, against a local EC2 over HTTP: validation that sends nothing,
 * the confirmation, the result, the dry run, the ClientToken reused until the form changes, lists
 * that may not be read. The form surviving a tab switch, a restart and an MFA renewal are
 * whole-app scenarios: {@link TabScenarioTest}.
 */
@ExtendWith(QuickApplicationExtension.class)
class LaunchViewTest {
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

    private void fillForm(FxRobot robot) {
        LaunchSteps.fillForm(robot, view.services.launch());
    }

    private List<String> tokens() {
        return LaunchSteps.tokens(view.aws);
    }

    @Test
    void badInputIsExplainedNextToEachFieldAndSendsNothing(FxRobot robot) {
        openLaunch();
        robot.clickOn("#imageId").write("ami-123");
        robot.clickOn("#instanceType").write("m5.large");
        robot.clickOn("#count").eraseText(1).write("0");
        robot.clickOn("#maxPrice").write("-0.05");
        robot.interact(() -> text(robot, "#userData").setText("x".repeat(16 * 1024 + 1)));

        robot.clickOn("#dryRunButton");
        robot.clickOn("#launchButton");

        FxWait.until(() -> outcome(robot).startsWith("Nothing was sent"));
        assertThat(FxWait.text(robot, "#imageIdError")).contains("8 or 17 hex");
        assertThat(FxWait.text(robot, "#countError")).contains("1 to 100");
        assertThat(FxWait.text(robot, "#maxPriceError")).contains("negative");
        assertThat(FxWait.text(robot, "#userDataError")).contains("16,385 bytes");
        assertThat(FxWait.text(robot, "#userDataSize")).isEqualTo("16,385 of 16,384 bytes");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no confirmation for a bad form").isEmpty();
        assertThat(view.aws.count(RUN) + view.aws.count("RequestSpotInstances")).isZero();
        assertThat(view.aws.count("DescribeImages")).as("an invalid AMI id is not looked up").isZero();
        assertThat(focusOwner(robot)).as("the cursor goes to the first field to correct").isSameAs(text(robot, "#imageId"));
    }

    @Test
    void aRefusedFormTakesTheCursorToTheFieldToCorrectAndScrollsItIntoSight(FxRobot robot) {
        openLaunch();
        fillForm(robot);
        robot.interact(() -> text(robot, "#tags").setText("aws:reserved=1"));
        var tags = text(robot, "#tags");
        var pane = enclosingScrollPane(tags);
        assertThat(inSight(pane, tags)).as("the form is longer than the window: tags are below its edge").isFalse();

        robot.clickOn("#dryRunButton");

        FxWait.until(() -> focusOwner(robot) == tags);
        FxWait.until(() -> inSight(pane, tags));
        assertThat(view.aws.count(RUN)).isZero();
    }

    private static javafx.scene.control.ScrollPane enclosingScrollPane(javafx.scene.Node node) {
        var parent = node.getParent();
        while (!(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        return (javafx.scene.control.ScrollPane) parent;
    }

    private static boolean inSight(javafx.scene.control.ScrollPane pane, javafx.scene.Node node) {
        var field = node.localToScene(node.getLayoutBounds());
        var viewport = pane.localToScene(pane.getLayoutBounds());
        return field.getMinY() >= viewport.getMinY() && field.getMaxY() <= viewport.getMaxY();
    }

    private static javafx.scene.Node focusOwner(FxRobot robot) {
        return robot.lookup("#imageId").query().getScene().getFocusOwner();
    }

    @Test
    void aConfirmedLaunchShowsTheNewIdsAndTellsTheTables(FxRobot robot) {
        openLaunch();
        view.aws.ec2Page(RUN, null, null, runAnswer());
        fillForm(robot);

        robot.clickOn("#launchButton");
        FxWait.until(() -> robot.lookup("#launchSummary").tryQuery().isPresent());
        var summary = FxWait.text(robot, "#launchSummary");
        assertThat(summary).contains("2 × m5.large", AMI, "eu-west-1", AwsStub.ACCOUNT,
                "spot price, capped at on-demand", "one-time", "RunInstances");
        robot.clickOn(FxWait.dialogButton(robot, "Cancel"));
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(view.aws.count(RUN)).as("cancelled: nothing sent").isZero();

        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).startsWith("Launched 2 spot instances"));
        assertThat(robot.lookup("#outcomeDetails").queryAs(TextArea.class).getText())
                .contains("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "sir-a1b2c3d4", "r-0b1f5a3c2d4e6f789");
        assertThat(robot.lookup("#copyIdsButton").<Node>query().isDisabled()).isFalse();
        assertThat(launched).singleElement().satisfies(r -> assertThat(r.instanceIds()).hasSize(2));
        var body = view.aws.requests(RUN).get(0).getBodyAsString();
        assertThat(body).contains("KeyName=ml-key", "MinCount=2", "InstanceMarketOptions.MarketType=spot",
                "TagSpecification.1.Tag.1.Value=ml-training")
                .doesNotContain("SpotOptions.MaxPrice");
        var userData = java.net.URLDecoder.decode(body.replaceAll(".*UserData=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);
        assertThat(new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8))
                .isEqualTo("#!/bin/bash\necho hi\n");
        assertThat(view.services.activityLog().entries()).noneMatch(e -> (e.summary() + e.details()).contains("echo hi"));
    }

    @Test
    void theSameFormStateReusesItsTokenUntilItChangesOrSucceeds(FxRobot robot) {
        openLaunch();
        view.aws.ec2Error(RUN, 400, "InvalidParameterValue", "Value (m5.large) for parameter instanceType is invalid.");
        fillForm(robot);
        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).contains("InvalidParameterValue"));
        launchAndConfirm(robot);
        FxWait.until(() -> view.aws.count(RUN) == 2 && !view.services.launch().busyProperty().get());
        assertThat(tokens().get(1)).as("the same action again: the same token").isEqualTo(tokens().get(0));

        robot.clickOn("#count").eraseText(1).write("1");
        view.aws.ec2Page(RUN, null, null, runAnswer());
        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).startsWith("Launched"));
        assertThat(tokens().get(2)).as("a changed form is a new action").isNotEqualTo(tokens().get(0));

        launchAndConfirm(robot);
        FxWait.until(() -> view.aws.count(RUN) == 4 && !view.services.launch().busyProperty().get());
        assertThat(tokens().get(3)).as("after a success, launching again is a new action")
                .isNotEqualTo(tokens().get(2));
        assertThat(launched).hasSize(2);
    }

    @Test
    void theDryRunSaysWouldSucceedOrNamesTheMissingPermission(FxRobot robot) {
        openLaunch();
        fillForm(robot);
        view.aws.ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("would succeed"));

        view.aws.ec2Error(RUN, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("you lack permission ec2:RunInstances"));
        assertThat(view.aws.requests(RUN)).allSatisfy(r -> assertThat(r.getBodyAsString()).contains("DryRun=true"));
        assertThat(launched).isEmpty();
    }

    @Test
    void errorsAndTheAmiNameAppearWithoutMovingTheFieldsBelow(FxRobot robot) {
        openLaunch();
        var below = List.of("#instanceType", "#count", "#maxPrice", "#keyName", "#subnet", "#zone",
                "#instanceProfile", "#validUntil", "#userData", "#tags");
        var before = FormLayout.sceneYs(robot, below);

        robot.clickOn("#imageId").write("ami-123");
        robot.clickOn("#count").eraseText(1).write("0");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> FxWait.text(robot, "#imageIdError").contains("8 or 17 hex")
                && FxWait.text(robot, "#instanceTypeError").startsWith("Choose"));
        assertThat(FormLayout.sceneYs(robot, below)).as("errors do not push the fields down").isEqualTo(before);
        assertThat(FormLayout.assertLabelsLevelWithFields(robot, "#launchForm"))
                .contains("AMI id", "Instance type", "Count", "Key pair", "Valid until", "User data", "Tags");

        robot.interact(() -> text(robot, "#imageId").setText(AMI));
        FxWait.until(() -> FxWait.text(robot, "#imageInfo").contains("al2023-ami-2023.6"));
        assertThat(FormLayout.sceneYs(robot, below)).as("the AMI's name does not either").isEqualTo(before);
    }

    @Test
    void aDryRunAfterALaunchKeepsTheLaunchedIdsUntilCleared(FxRobot robot) {
        openLaunch();
        view.aws.ec2Page(RUN, null, null, runAnswer());
        fillForm(robot);
        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).startsWith("Launched 2 spot instances"));
        view.aws.ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("would succeed"));

        assertThat(FxWait.text(robot, "#outcomeDetails")).contains("would succeed", "i-0a1b2c3d4e5f60001",
                "i-0a1b2c3d4e5f60002", "sir-a1b2c3d4");
        assertThat(robot.lookup("#copyIdsButton").<Node>query().isDisabled()).isFalse();

        javafx.scene.control.Button clear = robot.lookup("#clearResultsButton").query();
        assertThat(clear.isFocusTraversable()).isTrue();
        robot.interact(clear::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        FxWait.until(() -> FxWait.text(robot, "#outcomeDetails").isEmpty());
        assertThat(outcome(robot)).isEmpty();
        assertThat(robot.lookup("#copyIdsButton").<Node>query().isDisabled()).isTrue();
        assertThat(clear.isDisabled()).isTrue();
    }

    @Test
    void listsThatMayNotBeReadLeaveAHintAndIdsCanBeTyped(FxRobot robot) {
        LaunchSteps.stubLookups(view.aws);
        var denied = "You are not authorized to perform this operation.";
        view.aws.ec2Error("DescribeKeyPairs", 403, "UnauthorizedOperation", denied);
        view.aws.ec2Error("DescribeSecurityGroups", 403, "UnauthorizedOperation", denied);
        view.aws.ec2Error("DescribeSubnets", 403, "UnauthorizedOperation", denied);
        view.aws.ec2Page(RUN, null, null, runAnswer());
        view.show(FxmlView.LAUNCH);
        FxWait.until(() -> FxWait.text(robot, "#lookupHints").contains("ec2:DescribeSubnets"));
        assertThat(FxWait.text(robot, "#lookupHints"))
                .contains("Not allowed to list key pairs (ec2:DescribeKeyPairs): type them instead.")
                .contains("ec2:DescribeSecurityGroups");
        assertThat(robot.lookup("#keyPairPicker").<Node>query().isDisabled()).isTrue();

        LaunchSteps.typeImageId(robot);
        robot.clickOn("#instanceType").write("c5.large");
        robot.clickOn("#keyName").write("typed-key");
        robot.clickOn("#securityGroups").write("sg-0123456789abcdef0");
        robot.clickOn("#subnet").write("subnet-0123456789abcdef0");
        launchAndConfirm(robot);

        FxWait.until(() -> outcome(robot).startsWith("Launched"));
        assertThat(view.aws.requests(RUN).get(0).getBodyAsString()).contains("KeyName=typed-key",
                "SecurityGroupId.1=sg-0123456789abcdef0", "SubnetId=subnet-0123456789abcdef0");
    }
}
