package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Signing in with a role profile and an MFA code through the real sign-in form, against a local STS. */
@ExtendWith(QuickApplicationExtension.class)
class RoleSignInFlowTest {
    private static final String PROFILE = "spot-admin";

    @RegisterExtension
    final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) {
        try {
            Files.writeString(app.home.resolve(".aws/config"), "\n[profile " + PROFILE + "]\nregion = eu-west-1\n"
                    + "role_arn = " + RoleStub.ROLE_ARN + "\nsource_profile = dev\nmfa_serial = " + AwsStub.MFA_SERIAL
                    + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.start(stage);
    }

    private void chooseRoleProfile(FxRobot robot) {
        ComboBox<String> box = robot.lookup("#profileBox").queryComboBox();
        FxWait.until(() -> box.getItems().contains(PROFILE));
        robot.interact(() -> box.setValue(PROFILE));
    }

    @Test
    void aRoleProfileWithMfaSignsInWithOneCodeAndTheStatusBarNamesTheRole(FxRobot robot) {
        var roles = new RoleStub(app.aws);
        roles.assumesSpotAdmin(app.clock.instant().plus(Duration.ofHours(1)));
        app.aws.ec2Probe();
        chooseRoleProfile(robot);
        assertThat(FxWait.text(robot, "#mfaSerial")).isEqualTo(AwsStub.MFA_SERIAL);
        assertThat(robot.lookup("#durationBox").queryComboBox().getEditor().getText()).isEqualTo("1 h");
        assertThat(robot.lookup("#durationBox").queryComboBox().getItems()).contains("12 h").doesNotContain("36 h");

        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");

        FxWait.until(() -> FxWait.text(robot, "#sourceLabel").contains("role spot-admin"));
        assertThat(FxWait.text(robot, "#sourceLabel")).startsWith("role spot-admin (from profile dev, MFA)");
        assertThat(FxWait.text(robot, "#sessionLabel")).matches("Role session 0[01]:\\d\\d:\\d\\d left");
        assertThat(RoleStub.form(roles.requests().get(0))).containsEntry("TokenCode", TestAws.MFA_CODE)
                .containsEntry("SerialNumber", AwsStub.MFA_SERIAL).containsEntry("DurationSeconds", "3600");
        assertThat(app.aws.count("GetSessionToken")).isZero();
        assertThat(FxWait.text(robot, "#credentialsValue")).isEqualTo("role spot-admin (from profile dev, MFA)");
        assertThat(FxWait.text(robot, "#sessionKindValue")).contains("AssumeRole", RoleStub.ASSUMED_ARN,
                AwsStub.MFA_SERIAL);
        assertThat(FxWait.text(robot, "#arnValue")).isEqualTo(RoleStub.ASSUMED_ARN);
        java.util.function.Predicate<javafx.scene.Node> showsSecret = node -> node instanceof javafx.scene.text.Text t
                && t.getText() != null && (t.getText().contains(RoleStub.ROLE_SECRET)
                || t.getText().contains(RoleStub.ROLE_TOKEN) || t.getText().contains(TestAws.MFA_CODE));
        assertThat(robot.lookup(showsSecret).queryAll()).isEmpty();
    }

    @Test
    void aRefusedSessionLengthIsExplainedOffersOneHourAndKeepsTheCode(FxRobot robot) {
        app.aws.stsError("AssumeRole", 400, "ValidationError",
                "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        chooseRoleProfile(robot);
        robot.interact(() -> robot.lookup("#durationBox").queryComboBox().getEditor().setText("4 h"));
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");

        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        assertThat(FxWait.text(robot, "#problemHeadline")).isEqualTo("Sign in failed: ValidationError");
        assertThat(FxWait.text(robot, "#problemDetails")).contains("4 h", "longer than the role allows", "1 h", "code is kept");
        assertThat(robot.lookup("#durationBox").queryComboBox().getEditor().getText()).isEqualTo("1 h");
        assertThat(FxWait.text(robot, "#mfaCode")).as("the code, not looked at, is kept").isEqualTo(TestAws.MFA_CODE);
    }
}
