package org.spotspec.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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

/** Typed keys, then "assume a role" by its ARN with an MFA code, through the real sign-in form. */
@ExtendWith(QuickApplicationExtension.class)
class TypedRoleSignInFlowTest {
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
    void typedKeysThenARoleArnWithMfaNamesTheRoleAndTheArnIsOfferedAtTheNextStart(FxRobot robot) throws IOException {
        var roles = new RoleStub(app.aws);
        roles.assumesSpotAdmin(app.clock.instant().plus(Duration.ofHours(1)));
        app.aws.ec2Probe();
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write(TestAws.TYPED_KEY_ID);
        robot.clickOn("#secretKey").write(TestAws.SECRET);
        robot.clickOn("#assumeRole");
        robot.interact(() -> robot.lookup("#roleArn").queryComboBox().getEditor().setText("arn:aws:iam::1234:role/x"));
        assertThat(FxWait.text(robot, "#roleArnError")).contains("12-digit");
        robot.interact(() -> robot.lookup("#roleArn").queryComboBox().getEditor().setText(RoleStub.ROLE_ARN));
        assertThat(FxWait.text(robot, "#roleArnError")).isEmpty();
        robot.interact(() -> {
            var form = app.services.signIn().form();
            form.useMfaProperty().set(true);
            form.mfaSerialProperty().set(AwsStub.MFA_SERIAL);
        });
        assertThat(robot.lookup("#durationBox").queryComboBox().getEditor().getText()).isEqualTo("1 h");
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");

        FxWait.until(() -> FxWait.text(robot, "#sourceLabel").contains("role spot-admin"));
        assertThat(FxWait.text(robot, "#sourceLabel")).startsWith("role spot-admin (from access key AKIA");
        assertThat(FxWait.text(robot, "#sourceLabel")).contains(", MFA)");
        assertThat(FxWait.text(robot, "#sessionLabel")).matches("Role session 0[01]:\\d\\d:\\d\\d left");
        var call = roles.requests().get(0);
        assertThat(RoleStub.signedBy(call)).isEqualTo(TestAws.TYPED_KEY_ID);
        assertThat(RoleStub.form(call)).containsEntry("RoleArn", RoleStub.ROLE_ARN)
                .containsEntry("TokenCode", TestAws.MFA_CODE).containsEntry("SerialNumber", AwsStub.MFA_SERIAL)
                .containsEntry("DurationSeconds", "3600");
        assertThat(app.aws.count("GetSessionToken")).isZero();

        FxWait.until(() -> read(app).contains("signin.roleArns=arn"));
        var saved = Files.readString(app.settingsFile());
        assertThat(saved).contains("signin.assumeRole=true").doesNotContain(TestAws.SECRET, TestAws.MFA_CODE,
                RoleStub.ROLE_SECRET, RoleStub.ROLE_TOKEN, TestAws.TYPED_KEY_ID);

        second = new AppHarness(app.home); // the same home: the settings the first one saved
        var stage = second.startInNewWindow(robot);
        FxWait.until(stage::isShowing);
        var role = second.services.signIn().form().role();
        FxWait.until(() -> RoleStub.ROLE_ARN.equals(role.roleArnProperty().get()));
        assertThat(role.assumeRoleProperty().get()).isTrue();
        assertThat(role.recentArns()).containsExactly(RoleStub.ROLE_ARN);
    }

    private static String read(AppHarness app) {
        try {
            return Files.exists(app.settingsFile()) ? Files.readString(app.settingsFile()) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void aMalformedRoleArnSendsNothing(FxRobot robot) {
        app.aws.callerIdentity();
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write(TestAws.TYPED_KEY_ID);
        robot.clickOn("#secretKey").write(TestAws.SECRET);
        robot.interact(() -> app.services.signIn().form().useMfaProperty().set(false));
        robot.clickOn("#assumeRole");
        robot.interact(() -> robot.lookup("#roleArn").queryComboBox().getEditor().setText("role/spot-admin"));
        robot.clickOn("#signInButton");

        assertThat(FxWait.text(robot, "#roleArnError")).contains("Not a role ARN");
        assertThat(app.aws.count("AssumeRole")).isZero();
        assertThat(app.aws.count("GetCallerIdentity")).isZero();
    }

    @Test
    void aHandTypedInvalidRoleLengthWithoutMfaIsExplainedBesideItAndSendsNothing(FxRobot robot) {
        app.aws.callerIdentity();
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write(TestAws.TYPED_KEY_ID);
        robot.clickOn("#secretKey").write(TestAws.SECRET);
        robot.interact(() -> app.services.signIn().form().useMfaProperty().set(false));
        robot.clickOn("#assumeRole");
        robot.interact(() -> robot.lookup("#roleArn").queryComboBox().getEditor().setText(RoleStub.ROLE_ARN));

        for (var bad : java.util.List.of("abc", "0", "99999999")) {
            robot.interact(() -> robot.lookup("#roleDurationBox").queryComboBox().getEditor().setText(bad));
            robot.clickOn("#signInButton");
            assertThat(FxWait.text(robot, "#roleDurationError")).as(bad).containsAnyOf("Enter a duration",
                    "role session lasts");
            assertThat(robot.lookup("#roleDurationError").query().isVisible()).as(bad).isTrue();
        }
        assertThat(app.aws.count("AssumeRole")).isZero();
        assertThat(app.aws.count("GetCallerIdentity")).isZero();

        robot.interact(() -> robot.lookup("#roleDurationBox").queryComboBox().getEditor().setText("1 h"));
        assertThat(FxWait.text(robot, "#roleDurationError")).isEmpty();
    }

    @Test
    void aRoleAwsWouldNotLetBeAssumedPutsTheCursorInTheRoleArn(FxRobot robot) {
        app.aws.callerIdentity();
        app.aws.stsError("AssumeRole", 403, "AccessDenied", "User: " + AwsStub.ARN
                + " is not authorized to perform: sts:AssumeRole on resource: " + RoleStub.ROLE_ARN);
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write(TestAws.TYPED_KEY_ID);
        robot.clickOn("#secretKey").write(TestAws.SECRET);
        robot.interact(() -> app.services.signIn().form().useMfaProperty().set(false));
        robot.clickOn("#assumeRole");
        robot.interact(() -> robot.lookup("#roleArn").queryComboBox().getEditor().setText(RoleStub.ROLE_ARN));
        robot.clickOn("#signInButton");

        FxWait.until(() -> FxWait.text(robot, "#problemHeadline").contains("AccessDenied"));
        var roleArn = robot.lookup("#roleArn").queryComboBox();
        FxWait.until(roleArn::isFocused);
        assertThat(app.aws.count("AssumeRole")).isPositive();
    }
}
