package org.spotspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.SsoPortal;
import org.spotspec.aws.SsoTokenCache;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.SsoStub;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * IAM Identity Center in the app, end to end over HTTP: Sign in with an SSO profile and no login at
 * hand opens the device-code dialog (code, page, share), which closes itself once the login is
 * approved; a profile that names no account and role then opens the chooser, whose choice is
 * remembered; the status bar names the SSO role and counts down the login. Cancel stops the
 * waiting; a shared login lands in the AWS CLI's cache (0600), and is used at once next time. With
 * every logger at TRACE, no log line, problem or text on screen holds a token, secret or role key.
 */
@ExtendWith(QuickApplicationExtension.class)
class SsoSignInCanaryTest {
    private static final List<String> CANARIES = List.of(SsoStub.ACCESS_TOKEN, SsoStub.REFRESH_TOKEN,
            SsoStub.CLIENT_SECRET, SsoStub.ROLE_SECRET, SsoStub.ROLE_TOKEN, SsoStub.DEVICE_CODE);

    @RegisterExtension
    final AppHarness app = new AppHarness();
    @RegisterExtension
    final org.spotspec.testing.TraceLogs logged = new org.spotspec.testing.TraceLogs();
    private final List<String> seen = new ArrayList<>();
    private SsoStub sso;

    @Start
    void start(Stage stage) {
        try {
            Files.writeString(app.home.resolve(".aws/config"), "\n[profile pick]\nsso_session = corp\nregion = eu-west-1\n"
                    + "[profile work]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = SpotAdmin\n"
                    + "[sso-session corp]\nsso_start_url = " + SsoStub.START_URL + "\nsso_region = eu-west-1\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.start(stage);
        app.services.signIn().problemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                seen.add(p.headline() + p.details() + p);
            }
        });
        sso = new SsoStub(app.aws);
        sso.registersClient().startsDeviceAuthorization(1, 600).createTokenFails("authorization_pending");
        sso.listsAccountsAndRoles().givesRoleCredentials(Instant.now().plus(Duration.ofHours(1)));
        app.aws.callerIdentity();
        app.aws.ec2Probe();
    }

    @Test
    void theDeviceFlowThenTheChooserSignInAndNothingSecretIsShownOrLogged(FxRobot robot) throws Exception {
        robot.interact(() -> app.services.signIn().form().profileProperty().set("pick"));
        robot.clickOn("#signInButton");

        FxWait.until(() -> SsoStub.USER_CODE.equals(FxWait.text(robot, "#ssoUserCode")));
        assertThat(FxWait.text(robot, "#ssoPage")).endsWith("?user_code=" + SsoStub.USER_CODE);
        assertThat(FxWait.text(robot, "#ssoStatus")).contains("Waiting for your approval");
        assertThat(app.browserOpened).containsExactly(FxWait.text(robot, "#ssoPage"));
        assertThat(robot.lookup("#ssoShare").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("sharing with the AWS CLI is opt-in").isFalse();
        scanScreen();

        sso.createsTokenAfter(); // approved in the browser: the next poll gets the token
        FxWait.until(() -> robot.lookup("#ssoAccounts").tryQuery().isPresent()
                && accounts(robot).getItems().size() == 2);
        assertThat(robot.lookup("#ssoUserCode").tryQuery()).as("the device-code dialog closed itself").isEmpty();
        robot.clickOn("#ssoAccountFilter").write("spot");
        FxWait.until(() -> accounts(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        FxWait.until(() -> robot.lookup("#ssoRoles").queryListView().getItems().size() == 2);
        robot.interact(() -> robot.lookup("#ssoRoles").queryListView().getSelectionModel().select(SsoStub.ROLE));
        robot.clickOn("#ssoChoose");

        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("alice") && !app.services.tasks().isBusy());
        assertThat(FxWait.text(robot, "#sourceLabel")).startsWith("SSO " + SsoStub.START_URL + " · 123456789012 · "
                + "SpotAdmin");
        assertThat(FxWait.text(robot, "#sessionLabel")).isEqualTo("SSO login 08:00:00 left");
        assertThat(app.services.signIn().sso().choices().roleOf("pick")).hasValueSatisfying(r ->
                assertThat(r.toString()).isEqualTo("123456789012/SpotAdmin"));
        assertThat(SsoTokenCache.inHome(app.home).file("corp")).as("not shared: kept in memory").doesNotExist();
        scanScreen();

        seen.addAll(logged.texts());
        assertThat(String.join("\n", seen)).contains("GetRoleCredentials", "CreateToken")
                .doesNotContain(CANARIES.toArray(new String[0]));
    }

    @Test
    void cancelStopsTheWaitingAndASharedLoginIsCachedForTheAwsCli(FxRobot robot) throws Exception {
        robot.interact(() -> app.services.signIn().form().profileProperty().set("work"));
        robot.clickOn("#signInButton");
        FxWait.until(() -> SsoStub.USER_CODE.equals(FxWait.text(robot, "#ssoUserCode")));
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> robot.lookup("#ssoUserCode").tryQuery().isEmpty()
                && !app.services.signIn().signingInProperty().get());
        assertThat(robot.lookup("#problemBox").query().isVisible()).as("cancelling is no error").isFalse();
        int polls = app.aws.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/token"))).size();
        assertThat(robot.lookup("#signInButton").query().isDisabled()).isFalse();

        robot.clickOn("#signInButton");
        FxWait.until(() -> SsoStub.USER_CODE.equals(FxWait.text(robot, "#ssoUserCode")));
        assertThat(polls).as("no poll after the cancel").isLessThanOrEqualTo(app.aws.server().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/token"))).size());
        robot.clickOn("#ssoShare");
        sso.createsTokenAfter();
        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("alice") && !app.services.tasks().isBusy());

        var file = SsoTokenCache.inHome(app.home).file("corp");
        assertThat(Files.readString(file)).contains("\"startUrl\"", "\"refreshToken\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(robot.lookup("#ssoAccounts").tryQuery()).as("the profile names its account and role").isEmpty();
        assertThat(app.services.signIn().sso().choices().shareProperty().get()).as("remembered").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static ListView<SsoPortal.Account> accounts(FxRobot robot) {
        return (ListView<SsoPortal.Account>) robot.lookup("#ssoAccounts").queryAs(ListView.class);
    }

    private void scanScreen() throws Exception {
        seen.addAll(org.spotspec.testing.ScreenTexts.all());
    }
}
