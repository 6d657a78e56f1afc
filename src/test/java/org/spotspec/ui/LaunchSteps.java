package org.spotspec.ui;

import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.spotspec.model.launch.LaunchModel;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.testfx.api.FxRobot;

/** Filling and sending the Launch form as a user does, and the stub's answers it reads, for the mounted tab and the whole app. */
final class LaunchSteps {
    static final String RUN = "RunInstances";
    static final String AMI = "ami-0abcdef1234567890";
    private static final Pattern TOKEN = Pattern.compile("ClientToken=([^&]+)");

    private LaunchSteps() {
    }

    /** The lookups of the signed-in region: types, zones, two key pairs, groups, two subnets, the AMI. */
    static void stubLookups(AwsStub aws) {
        aws.ec2Page("DescribeInstanceTypeOfferings", null, null,
                AwsStub.read("ec2-instance-type-offerings-page1.xml"));
        aws.ec2Page("DescribeInstanceTypeOfferings", null, "AAEAAW9mZmVyaW5ncy0y",
                AwsStub.read("ec2-instance-type-offerings-page2.xml"));
        aws.ec2Page("DescribeAvailabilityZones", null, null, AwsStub.read("ec2-describe-availability-zones.xml"));
        aws.ec2Page("DescribeKeyPairs", null, null, AwsStub.read("ec2-describe-key-pairs.xml"));
        aws.ec2Page("DescribeSecurityGroups", null, null, AwsStub.read("ec2-describe-security-groups.xml"));
        aws.ec2Page("DescribeSubnets", null, null, AwsStub.read("ec2-describe-subnets.xml"));
        aws.ec2Page("DescribeImages", null, null, AwsStub.read("ec2-describe-images.xml"));
    }

    /** The lookups stubbed above have arrived. */
    static void awaitLookups(LaunchModel launch) {
        FxWait.until(() -> launch.lookups().keyPairs().size() == 2 && launch.lookups().subnets().size() == 2);
    }

    /** A sound form, typed where a user types and the rest set on the (scrolling) form's fields. */
    static void fillForm(FxRobot robot, LaunchModel launch) {
        typeImageId(robot);
        robot.clickOn("#instanceType").write("m5.large");
        robot.clickOn("#count").eraseText(1).write("2");
        robot.clickOn("#keyPairPicker");
        robot.clickOn(robot.lookup(".list-cell").lookup((Node n) -> n instanceof Label l
                && "ml-key".equals(l.getText())).tryQuery().orElseGet(() -> robot.lookup("ml-key").query()));
        robot.interact(() -> {
            text(robot, "#userData").setText("#!/bin/bash\necho hi\n");
            text(robot, "#tags").setText("Name=ml-training");
        });
        FxWait.until(() -> "ml-key".equals(launch.form().keyNameProperty().get()));
    }

    /** No wait for the AMI's description: its line under the field is reserved, so nothing below moves when it comes. */
    static void typeImageId(FxRobot robot) {
        robot.clickOn("#imageId").write(AMI);
    }

    static TextInputControl text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }

    static String runAnswer() {
        return AwsStub.read("ec2-run-instances.xml").replace("${clientToken}", "from-the-stub");
    }

    /** The ClientToken of every RunInstances call, oldest first. */
    static List<String> tokens(AwsStub aws) {
        return aws.requests(RUN).stream().map(r -> TOKEN.matcher(r.getBodyAsString()))
                .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).toList();
    }

    static void launchAndConfirm(FxRobot robot) {
        // A picker's drop-down still closing would swallow the click (seen once in CI under load).
        FxWait.until(() -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
        robot.clickOn("#launchButton");
        FxWait.until(() -> robot.lookup("#launchSummary").tryQuery().isPresent());
        robot.clickOn(FxWait.dialogButton(robot, "Launch"));
    }

    static String outcome(FxRobot robot) {
        return FxWait.text(robot, "#outcomeHeadline");
    }
}
