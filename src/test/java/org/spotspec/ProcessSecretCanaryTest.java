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
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.FakeCredentialProcess;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.QuickApplicationExtension;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The canary for credential_process profiles, in the app: a real process prints the canary keys;
 * signing in with it, the status bar names the kind, and then a failing run (its stdout still
 * the keys, its stderr a clue) is explained. With every logger at TRACE, no log line, problem
 * or text on screen holds what the process printed.
 */
@DisabledOnOs(OS.WINDOWS)
@ExtendWith(QuickApplicationExtension.class)
class ProcessSecretCanaryTest {
    private static final List<String> CANARIES = List.of(TestAws.SECRET, TestAws.SESSION_TOKEN);

    @RegisterExtension
    final AppHarness app = new AppHarness();
    @RegisterExtension
    final org.spotspec.testing.TraceLogs logged = new org.spotspec.testing.TraceLogs();
    private final List<String> seen = new ArrayList<>();
    private FakeCredentialProcess process;

    @Start
    void start(Stage stage) {
        try {
            process = new FakeCredentialProcess(Files.createDirectories(app.home.resolve("bin")));
            Files.writeString(app.home.resolve(".aws/config"), "\n[profile proc]\nregion = eu-west-1\n"
                    + "credential_process = " + process.command() + "\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process.prints(FakeCredentialProcess.json(TestAws.KEY_ID, TestAws.SECRET, TestAws.SESSION_TOKEN,
                Instant.now().plus(Duration.ofHours(1))));
        app.start(stage);
        app.services.signIn().problemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                seen.add(p.headline() + p.details() + p);
            }
        });
    }

    @Test
    void theStatusBarNamesTheProcessAndNothingItPrintedIsShownOrLogged(FxRobot robot) throws Exception {
        app.aws.callerIdentity();
        app.aws.ec2Probe();
        robot.interact(() -> app.services.signIn().form().profileProperty().set("proc"));
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("alice") && !app.services.tasks().isBusy());

        assertThat(FxWait.text(robot, "#sourceLabel")).startsWith("profile proc (credential process)");
        assertThat(FxWait.text(robot, "#sessionLabel")).isEqualTo(
                "Credentials from the process, fetched again before they end");
        assertThat(app.aws.count("GetSessionToken")).isZero();
        scanScreen();

        robot.clickOn("Account").clickOn("Sign out");
        FxWait.until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        process.exits(1).complains("login required for " + TestAws.SECRET);
        robot.interact(() -> app.services.signIn().form().profileProperty().set("proc"));
        robot.clickOn("#signInButton");
        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        assertThat(String.join("\n", seen)).contains("CredentialProcessFailed", "login required for [redacted]");
        scanScreen();

        seen.addAll(logged.texts());
        assertThat(String.join("\n", seen)).contains("Running the credential process of profile proc")
                .doesNotContain(CANARIES.toArray(new String[0]));
    }

    private void scanScreen() throws Exception {
        seen.addAll(org.spotspec.testing.ScreenTexts.all());
    }
}
