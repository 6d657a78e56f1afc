package org.spotspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.aws.SsoTokenCache;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.SsoStub;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * IAM Identity Center in the app: an SSO profile signs in with the AWS CLI's cached login (the
 * status bar says {@code SSO <start url> · <account> · <role>}), and without a valid one the problem
 * names the command that logs in. With every logger at TRACE, no log line, problem or text on
 * screen holds the token, the client secret or the role credentials.
 */
@ExtendWith(QuickApplicationExtension.class)
class SsoSignInCanaryTest {
    private static final List<String> CANARIES = List.of(SsoStub.ACCESS_TOKEN, SsoStub.REFRESH_TOKEN,
            SsoStub.CLIENT_SECRET, SsoStub.ROLE_SECRET, SsoStub.ROLE_TOKEN);

    @RegisterExtension
    final AppHarness app = new AppHarness();
    @RegisterExtension
    final org.spotspec.testing.TraceLogs logged = new org.spotspec.testing.TraceLogs();
    private final List<String> seen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        try {
            Files.writeString(app.home.resolve(".aws/config"), "\n[profile work]\nsso_session = corp\n"
                    + "sso_account_id = 123456789012\nsso_role_name = SpotAdmin\nregion = eu-west-1\n"
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
    }

    @Test
    void anSsoProfileSignsInFromTheCachedLoginAndNothingSecretIsShownOrLogged(FxRobot robot) throws Exception {
        // 1. No cached login: the problem says how to log in, nothing is sent.
        robot.interact(() -> app.services.signIn().form().profileProperty().set("work"));
        robot.clickOn("#signInButton");
        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        assertThat(String.join("\n", seen)).contains("SsoTokenMissing", "spotspec sso login --profile work");
        assertThat(app.aws.server().getAllServeEvents()).isEmpty();
        scanScreen();

        // 2. A valid cached login: GetRoleCredentials, then the usual sign-in with the role's credentials.
        var file = SsoTokenCache.inHome(app.home).file("corp");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SsoStub.cacheJson(SsoStub.START_URL, Instant.now().plus(Duration.ofHours(8))));
        new SsoStub(app.aws).givesRoleCredentials(Instant.now().plus(Duration.ofHours(1)));
        app.aws.callerIdentity();
        app.aws.ec2Probe();
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("alice") && !app.services.tasks().isBusy());

        assertThat(FxWait.text(robot, "#sourceLabel")).startsWith("SSO " + SsoStub.START_URL + " · 123456789012 · "
                + "SpotAdmin");
        assertThat(FxWait.text(robot, "#sessionLabel")).isEqualTo(
                "IAM Identity Center role credentials, fetched again while the login lasts");
        scanScreen();

        seen.addAll(logged.texts());
        assertThat(String.join("\n", seen)).contains("GetRoleCredentials")
                .doesNotContain(CANARIES.toArray(new String[0]));
    }

    private void scanScreen() throws Exception {
        seen.addAll(org.spotspec.testing.ScreenTexts.all());
    }
}
