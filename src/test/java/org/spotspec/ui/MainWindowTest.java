package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.spotspec.model.activity.ActivityEntry;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window after sign-in: account tab, settings across restarts, renewal edge cases. */
@ExtendWith(QuickApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path otherHome;

    @RegisterExtension
    final AppHarness app = new AppHarness();
    private AppHarness second;

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @AfterEach
    void tearDown() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void settingsSurviveARestart(FxRobot robot) throws Exception {
        robot.interact(() -> app.services.signIn().form().durationProperty().set("4 h"));
        app.signInWithMfa(robot, Duration.ofHours(4));
        robot.interact(() -> {
            var stage = (Stage) robot.lookup("#accountLabel").query().getScene().getWindow();
            stage.setX(50);
            stage.setY(40);
            stage.setWidth(1100);
            stage.setHeight(720);
            app.window.rememberBounds();
        });
        FxWait.until(() -> read(app.settingsFile()).contains("window.width=1100"));
        var saved = read(app.settingsFile());
        assertThat(saved).contains("signin.profile=dev", "signin.region=eu-west-1", "signin.useMfa=true",
                "signin.mfaDurationSeconds=14400", "signin.sourceKind=PROFILE");
        assertThat(saved).doesNotContain(TestAws.SECRET, TestAws.SESSION_TOKEN, TestAws.MFA_CODE, TestAws.KEY_ID);

        second = new AppHarness(app.home); // the same home: the same settings file
        var stage = second.startInNewWindow(robot);
        FxWait.until(() -> stage.isShowing());
        assertThat(stage.getX()).isEqualTo(50);
        assertThat(stage.getY()).isEqualTo(40);
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(720);
        var form = second.services.signIn().form();
        FxWait.until(() -> "dev".equals(form.profileProperty().get()) && !form.mfaSerialProperty().get().isEmpty());
        assertThat(form.durationProperty().get()).isEqualTo("4 h");
        assertThat(form.useMfaProperty().get()).isTrue();
        assertThat(form.mfaCodeProperty().get()).isEmpty();
    }

    @Test
    void aCorruptSettingsFileGivesDefaultsAndAWarning(FxRobot robot) throws Exception {
        second = new AppHarness(otherHome);
        Files.write(second.settingsFile(), new byte[] {0, (byte) 0xff, '\\', 'u', 'z', 'z', '\n', 1, 2, 3});
        var stage = second.startInNewWindow(robot);
        FxWait.until(() -> second.services.activityLog().entries().stream()
                .anyMatch(e -> e.level() == ActivityEntry.Level.WARNING && e.summary().contains("settings")));
        assertThat(second.services.signIn().form().durationProperty().get()).isEqualTo("12 h");
    }

    @Test
    void accountTabShowsWhoIsSignedInAndSignOutForgetsTheSecret(FxRobot robot) {
        app.signInWithTypedKeys(robot);
        assertThat(FxWait.text(robot, "#heading")).isEqualTo("Signed in as alice");
        assertThat(FxWait.text(robot, "#arnValue")).isEqualTo(AwsStub.ARN);
        assertThat(FxWait.text(robot, "#credentialsValue")).isEqualTo("access key AKIA…0001");
        assertThat(FxWait.text(robot, "#sessionKindValue")).contains("no MFA session");
        assertThat(FxWait.text(robot, "#timeLeftValue")).isEqualTo("—");
        assertThat(robot.lookup("#renewButton").query().isVisible()).as("long-term keys: nothing to renew").isFalse();
        assertThat(FxWait.text(robot, "#endpointsValue")).contains(app.aws.uri().toString());
        FxWait.until(() -> FxWait.text(robot, "#ec2Value").contains("✓"));

        robot.clickOn("#signOutButton");
        FxWait.until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        assertThat(robot.lookup("#secretKey").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#accessKeyId").queryAs(TextField.class).getText()).isEqualTo("AKIATYPEDKEY00000001");
        assertThat(app.services.session().current()).isEmpty();
    }

    @Test
    void expiredTemporaryCredentialsWithoutMfaSayToSignInAgain(FxRobot robot) {
        app.signInWithTypedKeys(robot);
        app.aws.stsError("GetCallerIdentity", 403, "ExpiredToken", "The security token included in the request is expired");
        robot.clickOn("#refreshButton");
        FxWait.until(() -> FxWait.text(robot, "#errorLabel").equals("Refresh identity failed: ExpiredToken"));
        assertThat(robot.lookup("#mfaPromptCode").tryQuery()).isEmpty();
        robot.clickOn("#errorDetails");
        FxWait.until(() -> robot.lookup("#problemDetails").tryQuery().isPresent());
        assertThat(robot.lookup("#problemDetails").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("sign in again").contains("Request id: c6104cbe");
        robot.clickOn(FxWait.dialogButton(robot, "Close"));
        robot.clickOn("#errorClear");
        FxWait.until(() -> FxWait.text(robot, "#errorLabel").isEmpty());
    }

    @Test
    void cancellingTheMfaPromptKeepsTheAppUsableAndRenewLaterWorks(FxRobot robot) {
        app.signInWithMfa(robot, Duration.ofHours(4));
        app.aws.expiresOnce("GetCallerIdentity", AwsStub.read("sts-get-caller-identity.xml"));
        robot.clickOn("#refreshButton");
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        robot.clickOn(FxWait.dialogButton(robot, "Cancel"));
        FxWait.until(() -> FxWait.text(robot, "#errorLabel").equals("Refresh identity failed: ExpiredToken"));
        assertThat(app.aws.count("GetSessionToken")).isEqualTo(1);

        robot.clickOn("#renewLink");
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        robot.clickOn("#mfaPromptCode").write("112233");
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));
        FxWait.until(() -> app.aws.count("GetSessionToken") == 2 && !app.services.tasks().isBusy());
        assertThat(app.aws.requests("GetSessionToken").get(1).getBodyAsString()).contains("TokenCode=112233");
    }

    @Test
    void aWrongCodeInThePromptAsksAgainWithTheReason(FxRobot robot) {
        app.signInWithMfa(robot, Duration.ofHours(4));
        app.aws.stsError("GetSessionToken", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        robot.clickOn("#renewButton");
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        Node renew = FxWait.dialogButton(robot, "Renew session");
        assertThat(renew.isDisabled()).as("OK needs six digits").isTrue();
        robot.clickOn("#mfaPromptCode").write("000000");
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));

        FxWait.until(() -> robot.lookup("#mfaPromptError").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#mfaPromptError").queryAs(Label.class).getText()).contains("wrong");
        app.stubMfaSignIn(Duration.ofHours(3));
        robot.clickOn("#mfaPromptCode").write("445566");
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));
        FxWait.until(() -> app.aws.count("GetSessionToken") == 3 && !app.services.tasks().isBusy());
        FxWait.until(() -> FxWait.text(robot, "#sessionLabel").equals("MFA session 03:00:00 left"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
