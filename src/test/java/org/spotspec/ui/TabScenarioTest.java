package org.spotspec.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;
import static org.spotspec.ui.LaunchSteps.AMI;
import static org.spotspec.ui.LaunchSteps.RUN;
import static org.spotspec.ui.LaunchSteps.launchAndConfirm;
import static org.spotspec.ui.LaunchSteps.outcome;
import static org.spotspec.ui.LaunchSteps.runAnswer;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.model.tables.RefreshInterval;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The spot tabs in the whole app, for what a view mounted alone ({@link RequestsViewTest},
 * {@link LaunchViewTest}) cannot show: a tab read only once chosen, choices saved and back at the
 * next start or sign-in, the Launch form surviving a tab switch, and an MFA renewal through the
 * real prompt.
 */
@ExtendWith(QuickApplicationExtension.class)
class TabScenarioTest {
    private static final String DESCRIBE_REQUESTS = "DescribeSpotInstanceRequests";

    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    /** The Requests tab reads nothing until chosen; its interval chosen in the tool bar is saved and back at the next start. */
    @Test
    void theIntervalChosenInTheToolBarIsSavedAndBackAtTheNextStart(FxRobot robot) {
        app.aws.ec2Page(DESCRIBE_REQUESTS, null, null, describeSpotRequests(null,
                spotRequest("sir-1a2b3c4d", "active", "fulfilled", "i-0aaa1111bbbb22223"),
                spotRequest("sir-2b3c4d5e", "open", "price-too-low", ""),
                spotRequest("sir-3c4d5e6f", "active", "fulfilled", "persistent", "i-0ccc3333dddd44445")));
        app.signInWithTypedKeys(robot);
        assertThat(app.aws.count(DESCRIBE_REQUESTS)).as("nothing read before the tab is shown").isZero();
        robot.clickOn("Requests");
        TableView<SpotRequest> table = robot.lookup("#requestTable").query();
        FxWait.until(() -> table.getItems().size() == 3);

        robot.clickOn("#requestIntervalBox");
        robot.clickOn(RefreshInterval.MINUTE_1.toString());

        FxWait.until(() -> settingsText().contains("refresh.requests=MINUTE_1"));
        assertThat(settingsText()).contains("refresh.instances=OFF");
        var next = new AppHarness(app.home); // the same home: the same settings file
        try {
            next.startInNewWindow(robot);
            FxWait.until(() -> next.services.requests().table().intervalProperty().get() == RefreshInterval.MINUTE_1);
            assertThat(next.services.instances().table().intervalProperty().get()).isEqualTo(RefreshInterval.OFF);
        } finally {
            next.close();
        }
    }

    private void openLaunch(FxRobot robot) {
        robot.interact(() -> {
            var tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "launchTab".equals(t.getId())).findFirst().orElseThrow());
        });
        LaunchSteps.awaitLookups(app.services.launch());
    }

    private void signInAndOpenLaunch(FxRobot robot) {
        LaunchSteps.stubLookups(app.aws);
        app.signInWithTypedKeys(robot);
        openLaunch(robot);
    }

    private List<String> tokens() {
        return LaunchSteps.tokens(app.aws);
    }

    /** The Launch form survives a failure and a tab switch; pressing Launch again repeats the same action. */
    @Test
    void aFailedLaunchKeepsTheFormAndPressingLaunchAgainReusesItsToken(FxRobot robot) {
        signInAndOpenLaunch(robot);
        app.aws.ec2Error(RUN, 400, "MaxSpotInstanceCountExceeded", "Max spot instance count exceeded");
        LaunchSteps.fillForm(robot, app.services.launch());

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

    /** The form as last sent comes back at the next start, at sign-in to that region; user data and tags do not. */
    @Test
    void theFormAsLastSentComesBackAtTheNextSignInToItsRegion(FxRobot robot) {
        signInAndOpenLaunch(robot);
        LaunchSteps.fillForm(robot, app.services.launch());
        app.aws.ec2Error(RUN, 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        robot.clickOn("#dryRunButton");
        FxWait.until(() -> outcome(robot).contains("would succeed"));
        FxWait.until(() -> settingsText().contains("imageId=" + AMI));
        assertThat(settingsText()).doesNotContain("echo hi", "ml-training");
        robot.interact(app.stage()::close);

        var next = new AppHarness(app.home); // the same home: the same settings file
        try {
            next.startInNewWindow(robot);
            var form = next.services.launch().form();
            assertThat(form.imageIdProperty().get()).as("regional choices wait for sign-in").isEmpty();
            assertThat(form.countProperty().get()).as("the rest is back at once").isEqualTo("2");

            LaunchSteps.stubLookups(next.aws);
            next.aws.callerIdentity();
            next.aws.ec2Probe();
            robot.clickOn("#sourceKeys");
            robot.clickOn("#accessKeyId").write(TestAws.TYPED_KEY_ID);
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
            next.close();
        }
    }

    @Test
    void anExpiredSessionAsksForACodeThenLaunchesOnceWithTheSameToken(FxRobot robot) {
        LaunchSteps.stubLookups(app.aws);
        app.signInWithMfa(robot, Duration.ofHours(8));
        openLaunch(robot);
        LaunchSteps.fillForm(robot, app.services.launch());
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

    private String settingsText() {
        try {
            Path file = app.settingsFile();
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
