package org.spotspec;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsProblem;
import org.spotspec.logging.FileLogging;
import org.spotspec.testing.AppHarness;
import org.spotspec.testing.AwsStub;
import org.spotspec.testing.FxWait;
import org.spotspec.testing.RoleStub;
import org.spotspec.testing.TestAws;
import org.testfx.api.FxRobot;
import org.spotspec.testing.QuickApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canary: signs in and exercises every flow with recognisable fake secrets while every
 * logger runs at TRACE, then searches all log output, exception texts, explained problems,
 * the activity log, the settings file, the log file an installed app writes, and every text on
 * screen for them.
 */
@ExtendWith(QuickApplicationExtension.class)
class SecretCanaryTest {
    private static final String RENEWAL_CODE = "975310";
    private static final String WRONG_CODE = "864200";
    /** In the launch form's user data: on screen while typed, but in no file and no log. */
    private static final String USER_DATA_CANARY = "UserDataCanary-7f3e9a1c";
    private static final List<String> CANARIES = List.of(TestAws.SECRET, TestAws.SESSION_SECRET,
            TestAws.SESSION_TOKEN, TestAws.MFA_CODE, RENEWAL_CODE, WRONG_CODE);

    @RegisterExtension
    final AppHarness app = new AppHarness();
    private final StringBuilder logged = new StringBuilder();
    private final List<String> problemTexts = new ArrayList<>();
    private CapturingAppender appender;
    private Path logFile;
    private final Map<Logger, Level> levels = new java.util.HashMap<>();

    @Start
    void start(Stage stage) throws java.io.IOException {
        // A role profile beside the others; AWS_PROFILE still chooses dev.
        Files.writeString(app.home.resolve(".aws/config"), "\n[profile spot-admin]\nregion = eu-west-1\nrole_arn = "
                + RoleStub.ROLE_ARN + "\nsource_profile = dev\nmfa_serial = " + AwsStub.MFA_SERIAL + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        app.start(stage);
        app.services.status().lastErrorProperty().addListener((obs, old, p) -> remember(p));
        app.services.signIn().problemProperty().addListener((obs, old, p) -> remember(p));
    }

    @BeforeEach
    void everythingAtTrace() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        context.getLoggerList().forEach(l -> {
            levels.put(l, l.getLevel());
            l.setLevel(Level.TRACE);
        });
        appender = new CapturingAppender(logged);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        logFile = FileLogging.start(context, app.home.resolve("logs")).orElseThrow();
    }

    @AfterEach
    void restoreLogging() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levels.forEach(Logger::setLevel);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        FileLogging.stop(context);
    }

    @Test
    void noSecretReachesLogsProblemsScreenOrFiles(FxRobot robot) throws Exception {
        // 1. A wrong MFA code, then the right one.
        app.aws.stsError("GetSessionToken", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        robot.clickOn("#mfaCode").write(WRONG_CODE);
        robot.clickOn("#signInButton");
        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        scanScreen();

        app.aws.server().resetAll();
        app.stubMfaSignIn(Duration.ofHours(1));
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#ec2Label").equals("EC2 ✓"));
        scanScreen();

        // 2. AWS says the session expired: prompt, renew with a fresh code, retry.
        app.aws.expiresOnce("GetCallerIdentity", AwsStub.read("sts-get-caller-identity.xml"));
        robot.clickOn("Account").clickOn("Refresh identity");
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        robot.clickOn("#mfaPromptCode").write(RENEWAL_CODE);
        scanScreen(); // the prompt itself shows the code being typed, and nothing else secret
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));
        FxWait.until(() -> app.aws.count("GetCallerIdentity") == 4 && !app.services.tasks().isBusy());

        // 3. Failures that carry AWS text: HTML page, signature mismatch, timeout.
        app.aws.html("GetCallerIdentity", 500);
        robot.clickOn("Account").clickOn("Refresh identity");
        FxWait.until(() -> app.services.status().lastErrorProperty().get() != null);
        app.aws.stsError("GetCallerIdentity", 403, "SignatureDoesNotMatch", "The request signature we calculated "
                + "does not match the signature you provided. Check your AWS Secret Access Key and signing method.");
        robot.clickOn("Account").clickOn("Refresh identity");
        FxWait.until(() -> "SignatureDoesNotMatch".equals(app.services.status().lastErrorProperty().get().code()));
        robot.clickOn("#errorDetails");
        FxWait.until(() -> robot.lookup("#problemDetails").tryQuery().isPresent());
        scanScreen();
        robot.clickOn(FxWait.dialogButton(robot, "Close"));

        // 4. Sign out, then typed keys with the secret in the password field.
        robot.clickOn("Account").clickOn("Sign out");
        FxWait.until(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        app.signInWithTypedKeys(robot);
        scanScreen();

        // 5. A dry run with a secret in the user data: the form's choices are remembered, the script is not.
        app.aws.ec2Error("RunInstances", 412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
        robot.interact(() -> {
            var form = app.services.launch().form();
            form.imageIdProperty().set("ami-0abcdef1234567890");
            form.instanceTypeProperty().set("m5.large");
            form.userDataProperty().set("#!/bin/bash\nexport DB_PASSWORD=" + USER_DATA_CANARY + "\n");
            app.services.launch().dryRun();
        });
        FxWait.until(() -> settingsText().contains("launch.region.") && !app.services.launch().busyProperty().get());

        // 6. Prices fetched through the app's archive: the database file holds no secret either.
        fetchIntoTheArchive();

        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> app.window.rememberBounds());
        var everything = new StringBuilder(logged).append('\n').append(String.join("\n", problemTexts));
        WaitForAsyncUtils.asyncFx(() -> app.services.activityLog().entries()
                .forEach(e -> everything.append(e.summary()).append(e.details()).append('\n'))).get();
        app.services.session().current().ifPresent(s -> everything.append(s));
        try (Stream<Path> files = Files.walk(app.home)) {
            for (var file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                everything.append(Files.readString(file));
            }
        }

        var archiveText = new StringBuilder();
        try (Stream<Path> files = Files.walk(app.home)) {
            for (var file : files.filter(f -> f.getFileName().toString().startsWith("archive.db")).toList()) {
                // Raw bytes: a secret stored as text would show in the pages whatever the encoding of its row.
                archiveText.append(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(archiveText.toString()).as("the price archive was written").contains("m5.large");
        everything.append(archiveText);

        var fileText = Files.readString(logFile);
        everything.append(fileText);

        assertThat(logged.length()).as("TRACE logging captured something").isGreaterThan(1000);
        assertThat(fileText).as("the log file got the same lines").contains("GetSessionToken");
        assertThat(logged.toString()).contains("GetSessionToken");
        for (var canary : CANARIES) {
            assertThat(everything.toString()).as("secret canary %s", canary.substring(0, 3) + "…")
                    .doesNotContain(canary);
        }
        assertThat(everything.toString()).as("user data in a file or log").contains("instanceType=m5.large")
                .doesNotContain(USER_DATA_CANARY);
        assertThat(screenText).isNotEmpty();
        assertThat(String.join("\n", screenText)).doesNotContain(CANARIES.toArray(new String[0]));
    }

    @Test
    void noRoleCredentialOrCodeReachesLogsProblemsOrScreen(FxRobot robot) throws Exception {
        var roles = new RoleStub(app.aws);
        javafx.scene.control.ComboBox<String> box = robot.lookup("#profileBox").queryComboBox();
        FxWait.until(() -> box.getItems().contains("spot-admin"));
        robot.interact(() -> box.setValue("spot-admin"));

        // 1. A wrong code for AssumeRole, then the right one.
        app.aws.stsError("AssumeRole", 403, "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code. ");
        robot.clickOn("#mfaCode").write(WRONG_CODE);
        robot.clickOn("#signInButton");
        FxWait.until(() -> robot.lookup("#problemBox").query().isVisible());
        scanScreen();
        app.aws.server().resetAll();
        roles.assumesSpotAdmin(app.clock.instant().plus(Duration.ofHours(1)));
        app.aws.ec2Probe();
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#ec2Label").equals("EC2 ✓"));
        scanScreen();

        // 2. AWS says the role session expired: prompt, the role assumed again with a fresh code, retry.
        app.aws.expiresOnce("GetCallerIdentity", AwsStub.read("sts-get-caller-identity.xml"));
        robot.clickOn("Account").clickOn("Refresh identity");
        FxWait.until(() -> robot.lookup("#mfaPromptCode").tryQuery().isPresent());
        robot.clickOn("#mfaPromptCode").write(RENEWAL_CODE);
        robot.clickOn(FxWait.dialogButton(robot, "Renew session"));
        FxWait.until(() -> roles.requests().size() == 2 && !app.services.tasks().isBusy());
        assertThat(RoleStub.form(roles.requests().get(1))).containsEntry("TokenCode", RENEWAL_CODE);
        scanScreen();

        var everything = new StringBuilder(logged).append('\n').append(String.join("\n", problemTexts));
        WaitForAsyncUtils.asyncFx(() -> app.services.activityLog().entries()
                .forEach(e -> everything.append(e.summary()).append(e.details()).append('\n'))).get();
        app.services.session().current().ifPresent(s -> everything.append(s));
        everything.append(Files.readString(logFile));
        assertThat(logged.toString()).contains("AssumeRole");
        var canaries = new ArrayList<>(CANARIES);
        canaries.addAll(List.of(RoleStub.ROLE_SECRET, RoleStub.ROLE_TOKEN));
        for (var canary : canaries) {
            assertThat(everything.toString()).as("secret canary %s", canary.substring(0, 3) + "…")
                    .doesNotContain(canary);
        }
        assertThat(String.join("\n", screenText)).doesNotContain(canaries.toArray(new String[0]));
    }

    private void fetchIntoTheArchive() throws Exception {
        app.aws.ec2Page("DescribeSpotPriceHistory", null, null, AwsStub.spotPricePage("", List.of(AwsStub.spotPriceItem(
                "eu-west-1a", "m5.large", "Linux/UNIX", "0.038600", app.clock.instant().minusSeconds(3600)))));
        var session = WaitForAsyncUtils.asyncFx(() -> app.services.session().current().orElseThrow()).get();
        var now = app.clock.instant();
        var answer = app.services.archivedPrices().fetch(session, new org.spotspec.prices.PriceQuery(
                List.of("eu-west-1"), List.of("m5.large"), List.of("Linux/UNIX"), List.of(), now.minus(Duration.ofDays(1)),
                now), org.spotspec.aws.FetchProgress.NONE, () -> false);
        assertThat(answer.archiveProblem()).isEmpty();
        app.services.archive().close(); // its pages reach the file: nothing stays in the journal alone
    }

    private final List<String> screenText = new ArrayList<>();

    private String settingsText() {
        try {
            return Files.exists(app.settingsFile()) ? Files.readString(app.settingsFile()) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Every text a user can see (see {@link org.spotspec.testing.ScreenTexts}). */
    private void scanScreen() throws Exception {
        screenText.addAll(org.spotspec.testing.ScreenTexts.all());
    }

    private void remember(AwsProblem problem) {
        if (problem != null) {
            problemTexts.add(problem.headline() + problem.details() + problem);
        }
    }

    /** Appends every event, formatted, with its stack trace. */
    private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {
        private final StringBuilder out;

        CapturingAppender(StringBuilder out) {
            this.out = out;
        }

        @Override
        protected synchronized void append(ILoggingEvent event) {
            out.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                out.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
            if (event.getMDCPropertyMap() != null) {
                out.append(Map.copyOf(event.getMDCPropertyMap())).append('\n');
            }
        }
    }
}
