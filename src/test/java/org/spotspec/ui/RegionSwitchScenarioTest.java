package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.Ec2Fixtures.describeSpotRequests;
import static org.spotspec.testing.Ec2Fixtures.spotRequest;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching region in the main window keeps the MFA session: no second GetSessionToken, the status
 * bar and title show the new region, the Requests tab shows that region's requests, and every EC2
 * call after the switch is signed for it. From the status bar's region (mouse, then keyboard) and
 * from Account → Switch region… (its shortcut).
 */
@ExtendWith(QuickApplicationExtension.class)
class RegionSwitchScenarioTest {
    private static final String DESCRIBE_REQUESTS = "DescribeSpotInstanceRequests";

    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    private void signInAndShowRequests(FxRobot robot) {
        for (var region : List.of("eu-west-1", "us-west-2", "eu-central-1")) {
            app.aws.ec2Page(DESCRIBE_REQUESTS, region, null, describeSpotRequests(null,
                    spotRequest("sir-" + region.replace("-", ""), "open", "pending-evaluation", "")));
        }
        app.signInWithMfa(robot, Duration.ofHours(12));
        robot.clickOn("Requests");
        FxWait.until(() -> rowIds(robot).equals(List.of("sir-euwest1")));
        FxWait.until(() -> !app.services.tasks().isBusy());
        assertThat(app.aws.count("GetSessionToken")).isPositive(); // one sign-in (a slow first answer may be retried)
        app.aws.server().resetRequests();
    }

    @Test
    void fromTheStatusBarTheSessionMovesToTheChosenRegion(FxRobot robot) {
        signInAndShowRequests(robot);
        var expiry = app.services.session().current().orElseThrow().expiresAt();

        robot.clickOn("#regionLabel");
        inChooser(robot).write("oregon").type(KeyCode.ENTER);

        assertMovedTo(robot, "us-west-2", "sir-uswest2");
        assertThat(app.services.session().current().orElseThrow().expiresAt()).isEqualTo(expiry);
        assertThat(FxWait.text(robot, "#sessionLabel")).startsWith("MFA session 1");
    }

    @Test
    void theShortcutOpensTheChooserEscapeCancelsAndEnterOnTheRegionOpensItToo(FxRobot robot) {
        signInAndShowRequests(robot);

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R);
        inChooser(robot).write("frankfurt").type(KeyCode.ENTER);
        assertMovedTo(robot, "eu-central-1", "sir-eucentral1");

        app.aws.server().resetRequests();
        robot.interact(() -> robot.lookup("#regionLabel").query().requestFocus());
        robot.type(KeyCode.ENTER);
        inChooser(robot).write("oregon").type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#regionChooserFilter").tryQuery().isEmpty());
        robot.targetWindow(app.stage());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxWait.text(robot, "#regionLabel")).isEqualTo("eu-central-1");
        assertThat(app.aws.server().getAllServeEvents()).as("a cancelled switch calls nothing").isEmpty();
    }

    /** The chooser is open with the keyboard in its search field; the robot types into its window. */
    private FxRobot inChooser(FxRobot robot) {
        // The chooser opens in a nested event loop: let the events that open and focus it run first.
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> robot.lookup("#regionChooserFilter").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var filter = robot.lookup("#regionChooserFilter").query();
        assertThat(filter.getScene().getFocusOwner()).as("the keyboard starts in the search field").isSameAs(filter);
        var promptText = ((javafx.scene.control.TextField) filter).getPromptText();
        javafx.scene.text.Text prompt = robot.from(filter).lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.text.Text t && promptText.equals(t.getText())).query();
        assertThat(((javafx.scene.paint.Color) prompt.getFill()).getOpacity())
                .as("its prompt, what to type, shows though it has the focus").isPositive();
        return robot.targetWindow(filter.getScene().getWindow());
    }

    private void assertMovedTo(FxRobot robot, String region, String requestId) {
        robot.targetWindow(app.stage());
        FxWait.until(() -> FxWait.text(robot, "#regionLabel").equals(region));
        assertThat(robot.lookup("#regionLabel").queryAs(Label.class).getAccessibleText()).contains(region);
        assertThat(app.stage().getTitle()).endsWith("(" + region + ")");
        FxWait.until(() -> rowIds(robot).equals(List.of(requestId)));
        FxWait.until(() -> !app.services.tasks().isBusy());
        FxWait.until(() -> settingsText().contains("signin.region=" + region));
        assertThat(app.services.signIn().form().regionProperty().get()).isEqualTo(region);

        assertThat(app.aws.count("GetSessionToken")).as("no second MFA sign-in").isZero();
        var ec2 = app.aws.server().getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getHeader("Authorization") != null && r.getHeader("Authorization").contains("/ec2/"))
                .toList();
        assertThat(ec2).filteredOn(r -> AwsStub.signedRegion(r).equals(region)).extracting(RegionSwitchScenarioTest::action)
                .as("the new region's requests, EC2 check, instance types and Launch lookups")
                .contains(DESCRIBE_REQUESTS, "DescribeSpotPriceHistory", "DescribeInstanceTypeOfferings",
                        "DescribeKeyPairs", "DescribeSecurityGroups", "DescribeSubnets");
        // The one other region is the Prices query's own (eu-west-1 from before), which a switch leaves
        // alone: its zone list is read for it, as at sign-in.
        assertThat(ec2).filteredOn(r -> !AwsStub.signedRegion(r).equals(region))
                .allSatisfy(r -> assertThat(AwsStub.signedRegion(r) + " " + action(r))
                        .isEqualTo("eu-west-1 DescribeAvailabilityZones"));
        assertThat(ec2).allSatisfy(r -> assertThat(r.getHeader("Authorization")).contains(AwsStub.SESSION_KEY_ID));
    }

    private static String action(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
        return AwsStub.form(request.getBodyAsString()).get("Action");
    }

    private static List<String> rowIds(FxRobot robot) {
        TableView<SpotRequest> table = robot.lookup("#requestTable").query();
        return table.getItems().stream().map(SpotRequest::id).toList();
    }

    private String settingsText() {
        try {
            return Files.exists(app.settingsFile()) ? Files.readString(app.settingsFile()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
