package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spotspec.testing.AwsStub.calls;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sign-in view and the session clock, in the real window, against a local STS/EC2. */
@ExtendWith(QuickApplicationExtension.class)
class SignInFlowTest {
    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @Test
    void thePartsMostStartsNeverShowAreMadeOnlyWhenFirstShown(FxRobot robot) {
        // The harness's profile names an MFA device: those fields are shown, and made, at start.
        javafx.scene.layout.VBox keys = robot.lookup("#keysHost").query();
        javafx.scene.layout.VBox role = robot.lookup("#roleHost").query();
        javafx.scene.control.TitledPane advanced = robot.lookup("#advancedPane").query();
        assertThat(keys.getChildren()).as("the typed keys, with a profile chosen").isEmpty();
        assertThat(role.getChildren()).as("the role's fields, the box not ticked").isEmpty();
        assertThat(advanced.getContent()).as("Advanced's fields, closed").isNull();
        assertThat(robot.lookup("#mfaCode").tryQuery()).isPresent();

        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write("AKIA"); // made as chosen, and usable at once
        robot.clickOn("#assumeRole");
        robot.interact(() -> advanced.setExpanded(true));
        assertThat(FxWait.text(robot, "#accessKeyId")).isEqualTo("AKIA");
        assertThat(robot.lookup("#roleArn").tryQuery()).isPresent();
        assertThat(robot.lookup("#endpointUrl").tryQuery()).isPresent();
    }

    @Test
    void badInputShowsMessagesNextToTheFieldsAndSendsNothing(FxRobot robot) {
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write("not-a-key");
        robot.clickOn("#secretKey").write(TestAws.SECRET);
        robot.clickOn("#mfaCode").write("12a");
        replaceText(robot, "#durationBox .text-field", "60");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FxWait.text(robot, "#accessKeyIdError")).contains("AKIA");
        assertThat(FxWait.text(robot, "#mfaCodeError")).contains("6-digit");
        assertThat(FxWait.text(robot, "#durationError")).contains("900");
        Node secretField = robot.lookup("#secretKey").query();
        assertThat(secretField).isInstanceOf(PasswordField.class);
        java.util.function.Predicate<Node> showsSecret = node -> node instanceof javafx.scene.text.Text t
                && t.getText() != null && t.getText().contains(TestAws.SECRET);
        assertThat(robot.lookup(showsSecret).queryAll()).isEmpty();
        assertThat(app.aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void longHintsWrapRatherThanBeingCut(FxRobot robot) {
        // The card is at most 600 px wide at any window size (1024 px included): the hint needs two lines.
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write("not-a-key");
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FxWait.text(robot, "#accessKeyIdError")).startsWith("An access key id is 16 or more");
        WaitForAsyncUtils.waitForFxEvents(); // the layout pass after the text appeared
        Label error = robot.lookup("#accessKeyIdError").query();
        var cut = error.lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && t.getText() != null && t.getText().endsWith(error.getEllipsisString())).toList();
        assertThat(cut).as("no part of the hint is cut with an ellipsis (\"...\")").isEmpty();
        assertThat(error.getHeight()).as("two lines or more").isGreaterThan(error.getFont().getSize() * 2);
        // Advanced's fields are made when it is first opened (LazyPart).
        robot.interact(() -> robot.lookup("#advancedPane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        for (var id : List.of("#accessKeyIdError", "#secretKeyError", "#regionError", "#endpointError")) {
            Label label = robot.lookup(id).query();
            assertThat(label.isWrapText()).as(id + " wraps").isTrue();
        }
        // The profile's pane is in the view only while its source is chosen (SceneWhen).
        robot.clickOn("#sourceProfile");
        assertThat(robot.lookup("#profileError").queryAs(Label.class).isWrapText()).as("#profileError wraps").isTrue();
    }

    @Test
    void emptyRequiredFieldsAreExplainedOnlyAfterAnAttempt(FxRobot robot) {
        robot.clickOn("#sourceKeys");
        assertThat(robot.lookup("#accessKeyIdError").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxWait.text(robot, "#accessKeyIdError")).contains("Enter the access key id");
        assertThat(FxWait.text(robot, "#secretKeyError")).contains("Enter the secret access key");
        assertThat(app.aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void anEndpointToCorrectInTheClosedAdvancedPaneOpensItAndTakesTheCursor(FxRobot robot) {
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write(TestAws.TYPED_KEY_ID);
        robot.clickOn("#secretKey").write(TestAws.SECRET);
        robot.interact(() -> {
            app.services.signIn().form().useMfaProperty().set(false);
            app.services.signIn().form().endpointUrlProperty().set("ftp://localhost"); // as restored from the settings
        });
        javafx.scene.control.TitledPane advanced = robot.lookup("#advancedPane").query();
        assertThat(advanced.isExpanded()).isFalse();

        robot.clickOn("#signInButton");

        var scene = app.stage().getScene();
        FxWait.until(() -> advanced.isExpanded() && scene.getFocusOwner() != null
                && "endpointUrl".equals(scene.getFocusOwner().getId()));
        assertThat(FxWait.text(robot, "#endpointError")).isNotEmpty();
        assertThat(app.aws.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void mfaSignInFillsTheStatusBarAndTheCountdownRuns(FxRobot robot) {
        app.stubMfaSignIn(Duration.ofHours(12));
        assertThat(robot.lookup("#mfaSerial").queryAs(TextField.class).getText()).isEqualTo(AwsStub.MFA_SERIAL);
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");

        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("1234-5678-9012"));
        assertThat(FxWait.text(robot, "#accountLabel")).contains("alice");
        assertThat(FxWait.text(robot, "#regionLabel")).isEqualTo("eu-west-1");
        assertThat(FxWait.text(robot, "#sessionLabel")).matches("MFA session 1[12]:\\d\\d:\\d\\d left");
        app.aws.server().verify(calls("GetSessionToken").withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing("TokenCode=" + TestAws.MFA_CODE)));

        app.clock.advance(Duration.ofHours(11).plusMinutes(55));
        FxWait.until(() -> FxWait.text(robot, "#sessionLabel").startsWith("MFA session 00:0"));
        Node session = robot.lookup("#sessionLabel").query();
        assertThat(session.getStyleClass()).contains("warning");
        Node banner = robot.lookup("#banner").query();
        assertThat(banner.isVisible()).isTrue();
        FxWait.until(() -> FxWait.text(robot, "#ec2Label").equals("EC2 ✓"));
    }

    @Test
    void wrongMfaCodeIsExplainedAndTheFormIsKept(FxRobot robot) {
        app.aws.stsError("GetSessionToken", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        robot.clickOn("#mfaCode").write("111111");
        robot.clickOn("#signInButton");

        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        assertThat(FxWait.text(robot, "#problemHeadline")).isEqualTo("Sign in failed: AccessDenied");
        assertThat(FxWait.text(robot, "#problemDetails")).contains("next code").contains("Request id: c6104cbe");
        assertThat(robot.lookup("#mfaSerial").queryAs(TextField.class).getText()).isEqualTo(AwsStub.MFA_SERIAL);
        assertThat(FxWait.text(robot, "#mfaCode")).as("a spent code is cleared").isEmpty();
        FxWait.until(() -> robot.lookup("#mfaCode").query().isFocused()); // where the next code goes
        Node button = robot.lookup("#signInButton").query();
        assertThat(button.isDisabled()).isFalse();
    }

    @Test
    void whileSigningInTheFieldsCannotBeChanged(FxRobot robot) {
        // Whether or not the MFA fields were in the view when it was built (they join it when ticked).
        robot.clickOn("#useMfa").clickOn("#useMfa");
        app.aws.server().stubFor(AwsStub.action("GetSessionToken").willReturn(com.github.tomakehurst.wiremock.client
                .WireMock.aResponse().withStatus(403).withFixedDelay(1500).withBody(AwsStub.stsErrorBody("AccessDenied",
                        "MultiFactorAuthentication failed with invalid MFA one time pass code."))));
        robot.clickOn("#mfaCode").write("111111");
        robot.clickOn("#signInButton");

        FxWait.until(() -> robot.lookup("#signInButton").query().isDisabled());
        for (var id : List.of("#mfaCode", "#mfaSerial", "#profileBox", "#regionBox", "#useMfa")) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id + " while signing in").isTrue();
        }
        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        assertThat(robot.lookup("#mfaCode").query().isDisabled()).isFalse();
    }

    @Test
    void expiryOpensTheMfaPromptAndRenewsTheSession(FxRobot robot) {
        app.stubMfaSignIn(Duration.ofHours(1));
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#sessionLabel").startsWith("MFA session 0"));

        app.stubMfaSignIn(Duration.ofHours(2)); // the renewed session, counted from the moved clock
        app.clock.advance(Duration.ofHours(1).plusSeconds(1));
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        var header = robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText();
        assertThat(header).contains("expired");
        assertThat(labelShowing(robot, AwsStub.MFA_SERIAL)).isTrue();
        assertThat(labelShowing(robot, "profile dev")).isTrue();

        robot.clickOn("#mfaPromptCode").write("654321");
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));
        FxWait.until(() -> FxWait.text(robot, "#sessionLabel").matches("MFA session 0[0-2]:\\d\\d:\\d\\d left"));
        assertThat(app.aws.requests("GetSessionToken")).hasSize(2);
        assertThat(app.aws.requests("GetSessionToken").get(1).getBodyAsString()).contains("TokenCode=654321");
    }

    @Test
    void expiredTokenFromAwsPromptsThenRetriesTheAction(FxRobot robot) {
        app.signInWithMfa(robot, Duration.ofHours(8));

        app.aws.expiresOnce("GetCallerIdentity", AwsStub.read("sts-get-caller-identity.xml"));
        robot.clickOn("Account").clickOn("Refresh identity");
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        robot.clickOn("#mfaPromptCode").write("135790");
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));

        FxWait.until(() -> app.aws.count("GetCallerIdentity") == 4 && !app.services.tasks().isBusy());
        // sign-in identity, refresh (expired), renewal identity, the refresh retried
        assertThat(app.aws.requests("GetSessionToken").get(1).getBodyAsString()).contains("TokenCode=135790");
        assertThat(app.services.status().lastErrorProperty().get()).isNull();
    }

    private static boolean labelShowing(FxRobot robot, String text) {
        java.util.function.Predicate<Node> match = node -> node instanceof Label l && text.equals(l.getText());
        return robot.lookup(match).tryQuery().isPresent();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        var field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }
}
