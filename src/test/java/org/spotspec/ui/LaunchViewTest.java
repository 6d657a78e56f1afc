package org.spotspec.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.launch.LaunchResult;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Launch tab in the whole app against a local EC2 over HTTP: validation that sends nothing,
 * the confirmation, the result, the dry run, and the form and ClientToken surviving a failure,
 * a tab switch and an MFA renewal.
 */
@ExtendWith(QuickApplicationExtension.class)
class LaunchViewTest {
    private static final String RUN = "RunInstances";
    private static final String AMI = "ami-0abcdef1234567890";
    private static final Pattern TOKEN = Pattern.compile("ClientToken=([^&]+)");

    @RegisterExtension
    final AppHarness app = new AppHarness();
    private Stage stage;
    private final List<LaunchResult> launched = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage);
        app.services.launch().addLaunchListener(launched::add);
    }

    private void stubLookups() {
        stubLookups(app.aws);
    }

    private static void stubLookups(AwsStub aws) {
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

    private void openLaunch(FxRobot robot) {
        robot.interact(() -> {
            var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "launchTab".equals(t.getId())).findFirst().orElseThrow());
        });
        FxWait.until(() -> app.services.launch().lookups().keyPairs().size() == 2
                && app.services.launch().lookups().subnets().size() == 2);
    }

    private void signInAndOpenLaunch(FxRobot robot) {
        stubLookups();
        app.signInWithTypedKeys(robot);
        openLaunch(robot);
    }

    /** A sound form, typed where a user types and the rest set on the (scrolling) form's fields. */
    private void fillForm(FxRobot robot) {
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
        FxWait.until(() -> "ml-key".equals(app.services.launch().form().keyNameProperty().get()));
    }

    /** The AMI's description appears under the field and moves the fields below: let it settle first. */
    private static void typeImageId(FxRobot robot) {
        robot.clickOn("#imageId").write(AMI);
        FxWait.until(() -> FxWait.text(robot, "#imageInfo").contains("al2023-ami-2023.6"));
    }

    private static TextInputControl text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }

    private static String runAnswer() {
        return AwsStub.read("ec2-run-instances.xml").replace("${clientToken}", "from-the-stub");
    }

    private List<String> tokens() {
        return app.aws.requests(RUN).stream().map(r -> TOKEN.matcher(r.getBodyAsString()))
                .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).toList();
    }

    private void launchAndConfirm(FxRobot robot) {
        // A picker's drop-down still closing would swallow the click (seen once in CI under load).
        FxWait.until(() -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
        robot.clickOn("#launchButton");
        FxWait.until(() -> robot.lookup("#launchSummary").tryQuery().isPresent());
        robot.clickOn(FxWait.dialogButton(robot, "Launch"));
    }

    private String outcome(FxRobot robot) {
        return FxWait.text(robot, "#outcomeHeadline");
    }

    @Test
    void badInputIsExplainedNextToEachFieldAndSendsNothing(FxRobot robot) {
        signInAndOpenLaunch(robot);
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
        assertThat(app.aws.count(RUN) + app.aws.count("RequestSpotInstances")).isZero();
        assertThat(app.aws.count("DescribeImages")).as("an invalid AMI id is not looked up").isZero();
    }

    @Test
    void aConfirmedLaunchShowsTheNewIdsAndTellsTheTables(FxRobot robot) {
        signInAndOpenLaunch(robot);
        app.aws.ec2Page(RUN, null, null, runAnswer());
        fillForm(robot);

        robot.clickOn("#launchButton");
        FxWait.until(() -> robot.lookup("#launchSummary").tryQuery().isPresent());
        var summary = FxWait.text(robot, "#launchSummary");
        assertThat(summary).contains("2 × m5.large", AMI, "eu-west-1", AwsStub.ACCOUNT,
                "spot price, capped at on-demand", "one-time", "RunInstances");
        robot.clickOn(FxWait.dialogButton(robot, "Cancel"));
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(app.aws.count(RUN)).as("cancelled: nothing sent").isZero();

        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).startsWith("Launched 2 spot instances"));
        assertThat(robot.lookup("#outcomeDetails").queryAs(TextArea.class).getText())
                .contains("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "sir-a1b2c3d4", "r-0b1f5a3c2d4e6f789");
        assertThat(robot.lookup("#copyIdsButton").<Node>query().isDisabled()).isFalse();
        assertThat(launched).singleElement().satisfies(r -> assertThat(r.instanceIds()).hasSize(2));
        var body = app.aws.requests(RUN).get(0).getBodyAsString();
        assertThat(body).contains("KeyName=ml-key", "MinCount=2", "InstanceMarketOptions.MarketType=spot",
                "TagSpecification.1.Tag.1.Value=ml-training")
                .doesNotContain("SpotOptions.MaxPrice");
        var userData = java.net.URLDecoder.decode(body.replaceAll(".*UserData=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);
        assertThat(new String(Base64.getDecoder().decode(userData), StandardCharsets.UTF_8))
                .isEqualTo("#!/bin/bash\necho hi\n");
        assertThat(app.services.activityLog().entries()).noneMatch(e -> (e.summary() + e.details()).contains("echo hi"));
    }

    @Test
    void aFailedLaunchKeepsTheFormAndPressingLaunchAgainReusesItsToken(FxRobot robot) {
        signInAndOpenLaunch(robot);
        app.aws.ec2Error(RUN, 400, "MaxSpotInstanceCountExceeded", "Max spot instance count exceeded");
        fillForm(robot);

        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).contains("MaxSpotInstanceCountExceeded"));
        assertThat(FxWait.text(robot, "#outcomeDetails")).contains("quota");
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        openLaunch(robot);
        assertThat(FxWait.text(robot, "#imageId")).isEqualTo(AMI);
        assertThat(FxWait.text(robot, "#count")).isEqualTo("2");
        assertThat(FxWait.text(robot, "#userData")).isEqualTo("#!/bin/bash\necho hi\n");

        launchAndConfirm(robot);
        FxWait.until(() -> app.aws.count(RUN) == 2 && !app.services.launch().busyProperty().get());
        assertThat(tokens()).as("pressing Launch again repeats the same action").hasSize(2)
                .containsOnly(tokens().get(0));
    }

    @Test
    void theSameFormStateReusesItsTokenUntilItChangesOrSucceeds(FxRobot robot) {
        signInAndOpenLaunch(robot);
        app.aws.ec2Error(RUN, 400, "InvalidParameterValue", "Value (m5.large) for parameter instanceType is invalid.");
        fillForm(robot);
        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).contains("InvalidParameterValue"));
        launchAndConfirm(robot);
        FxWait.until(() -> app.aws.count(RUN) == 2 && !app.services.launch().busyProperty().get());
        assertThat(tokens().get(1)).as("the same action again: the same token").isEqualTo(tokens().get(0));

        robot.clickOn("#count").eraseText(1).write("1");
        app.aws.ec2Page(RUN, null, null, runAnswer());
        launchAndConfirm(robot);
        FxWait.until(() -> outcome(robot).startsWith("Launched"));
        assertThat(tokens().get(2)).as("a changed form is a new action").isNotEqualTo(tokens().get(0));

        launchAndConfirm(robot);
        FxWait.until(() -> app.aws.count(RUN) == 4 && !app.services.launch().busyProperty().get());
        assertThat(tokens().get(3)).as("after a success, launching again is a new action")
                .isNotEqualTo(tokens().get(2));
        assertThat(launched).hasSize(2);
    }

    @Test
    void theDryRunSaysWouldSucceedOrNamesTheMissingPermission(FxRobot robot) {
        signInAndOpenLaunch(robot);
        fillForm(robot);
        app.aws.ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("would succeed"));

        app.aws.ec2Error(RUN, 403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("you lack permission ec2:RunInstances"));
        assertThat(app.aws.requests(RUN)).allSatisfy(r -> assertThat(r.getBodyAsString()).contains("DryRun=true"));
        assertThat(launched).isEmpty();
    }

    /** The form as last sent comes back at the next start, at sign-in to that region; user data and tags do not. */
    @Test
    void theFormAsLastSentComesBackAtTheNextSignInToItsRegion(FxRobot robot) throws Exception {
        signInAndOpenLaunch(robot);
        fillForm(robot);
        app.aws.ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("would succeed"));
        FxWait.until(() -> settingsText().contains("imageId=" + AMI));
        assertThat(settingsText()).doesNotContain("echo hi", "ml-training");
        robot.interact(stage::close);

        var next = new AppHarness(app.home); // the same home: the same settings file
        var nextStage = new java.util.concurrent.atomic.AtomicReference<Stage>();
        try {
            robot.interact(() -> {
                nextStage.set(new Stage());
                next.start(nextStage.get());
            });
            var form = next.services.launch().form();
            assertThat(form.imageIdProperty().get()).as("regional choices wait for sign-in").isEmpty();
            assertThat(form.countProperty().get()).as("the rest is back at once").isEqualTo("2");

            stubLookups(next.aws);
            next.aws.callerIdentity();
            next.aws.ec2Probe();
            robot.clickOn("#sourceKeys");
            robot.clickOn("#accessKeyId").write("AKIATYPEDKEY00000001");
            robot.clickOn("#secretKey").write(TestAws.SECRET);
            if (next.services.signIn().form().useMfaProperty().get()) {
                robot.clickOn("#useMfa");
            }
            robot.clickOn("#signInButton");

            FxWait.until(() -> AMI.equals(form.imageIdProperty().get()));
            assertThat(form.instanceTypeProperty().get()).isEqualTo("m5.large");
            assertThat(form.keyNameProperty().get()).isEqualTo("ml-key");
            assertThat(form.userDataProperty().get()).isEmpty();
            assertThat(form.tagsProperty().get()).isEmpty();
        } finally {
            robot.interact(() -> nextStage.get().close());
            next.close();
        }
    }

    private String settingsText() {
        try {
            var file = app.settingsFile();
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    void anExpiredSessionAsksForACodeThenLaunchesOnceWithTheSameToken(FxRobot robot) {
        stubLookups();
        app.signInWithMfa(robot, Duration.ofHours(8));
        openLaunch(robot);
        fillForm(robot);
        // EC2 says so in its own error format.
        app.aws.server().stubFor(AwsStub.action(RUN).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
                        .withBody(AwsStub.ec2ErrorBody("ExpiredToken", "The provided token has expired.")))
                .willSetStateTo("renewed"));
        app.aws.server().stubFor(AwsStub.action(RUN).inScenario("expiry").whenScenarioStateIs("renewed")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(runAnswer())));

        launchAndConfirm(robot);
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        robot.clickOn("#mfaPromptCode").write("135790");
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));

        FxWait.until(() -> outcome(robot).startsWith("Launched 2 spot instances"));
        assertThat(tokens()).hasSize(2).containsOnly(tokens().get(0));
        assertThat(FxWait.text(robot, "#imageId")).isEqualTo(AMI);
        assertThat(app.aws.requests("GetSessionToken").get(1).getBodyAsString()).contains("TokenCode=135790");
        assertThat(TestAws.MFA_CODE).isNotEqualTo("135790");
    }

    @Test
    void listsThatMayNotBeReadLeaveAHintAndIdsCanBeTyped(FxRobot robot) {
        stubLookups();
        var denied = "You are not authorized to perform this operation.";
        app.aws.ec2Error("DescribeKeyPairs", 403, "UnauthorizedOperation", denied);
        app.aws.ec2Error("DescribeSecurityGroups", 403, "UnauthorizedOperation", denied);
        app.aws.ec2Error("DescribeSubnets", 403, "UnauthorizedOperation", denied);
        app.aws.ec2Page(RUN, null, null, runAnswer());
        app.signInWithTypedKeys(robot);
        robot.interact(() -> {
            var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "launchTab".equals(t.getId())).findFirst().orElseThrow());
        });
        FxWait.until(() -> FxWait.text(robot, "#lookupHints").contains("ec2:DescribeSubnets"));
        assertThat(FxWait.text(robot, "#lookupHints"))
                .contains("Not allowed to list key pairs (ec2:DescribeKeyPairs): type them instead.")
                .contains("ec2:DescribeSecurityGroups");
        assertThat(robot.lookup("#keyPairPicker").<Node>query().isDisabled()).isTrue();

        typeImageId(robot);
        robot.clickOn("#instanceType").write("c5.large");
        robot.clickOn("#keyName").write("typed-key");
        robot.clickOn("#securityGroups").write("sg-0123456789abcdef0");
        robot.clickOn("#subnet").write("subnet-0123456789abcdef0");
        launchAndConfirm(robot);

        FxWait.until(() -> outcome(robot).startsWith("Launched"));
        assertThat(app.aws.requests(RUN).get(0).getBodyAsString()).contains("KeyName=typed-key",
                "SecurityGroupId.1=sg-0123456789abcdef0", "SubnetId=subnet-0123456789abcdef0");
    }
}
