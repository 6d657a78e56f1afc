package org.spotspec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.spotspec.about.AppInfo;
import org.spotspec.wiring.AppServices;
import org.spotspec.aws.Environment;
import org.spotspec.model.session.MfaPrompter;
import org.spotspec.settings.SettingsStore;
import org.spotspec.concurrent.DaemonExecutors;
import org.spotspec.ui.common.MfaPromptDialog;
import org.spotspec.ui.main.AppWindow;

/**
 * The whole app in a test: a temporary home with AWS files, the local STS/EC2 stub as the
 * endpoint (through AWS_ENDPOINT_URL, as a user would set it), a clock the test moves, and
 * the real window with the real MFA prompt dialog.
 *
 * <p>For whole-app scenarios (the sign-in form, a restart, tab switches, the main window); a
 * tab's own behaviour is tested on its view alone with {@link ViewHarness}. As an extension it is
 * the whole set-up of a UI test, one fresh app per test:
 * <pre>{@code
 * @ExtendWith(QuickApplicationExtension.class)
 * class SomeScenarioTest {
 *     @RegisterExtension
 *     final AppHarness app = new AppHarness();
 *
 *     @Start
 *     void start(Stage stage) {
 *         app.start(stage);
 *     }
 * }</pre>
 * Its home is made when the test instance is, and closed and deleted after the test (before
 * TestFX closes the window).
 */
public final class AppHarness implements AutoCloseable, AfterEachCallback {
    public static final String MFA_PROFILE = "dev";

    public final AwsStub aws = new AwsStub();
    public final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    public final Path home;
    /** The pages the IAM Identity Center login asked the browser to open (none is opened in tests). */
    public final java.util.List<String> browserOpened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService workers = DaemonExecutors.pool("test-aws", 2);
    private final ExecutorService io = DaemonExecutors.pool("test-settings", 1);
    public AppServices services;
    public AppWindow window;

    private final boolean ownsHome;
    private boolean closed;
    private Stage ownStage;
    private Stage stage;

    /** With a temporary home of its own, deleted after the test. */
    public AppHarness() {
        this(newHome(), true);
    }

    /** With {@code home}, e.g. another app's, to see what it left there (settings); kept. */
    public AppHarness(Path home) {
        this(home, false);
    }

    private AppHarness(Path home, boolean ownsHome) {
        this(home, ownsHome, true);
    }

    private AppHarness(Path home, boolean ownsHome, boolean awsFiles) {
        this.home = home;
        this.ownsHome = ownsHome;
        if (awsFiles) {
            writeAwsFiles();
        }
    }

    /** As a new user's first start: a temporary home of its own without any AWS files, deleted after the test. */
    public static AppHarness withoutAwsFiles() {
        return new AppHarness(newHome(), true, false);
    }

    private static Path newHome() {
        try {
            return Files.createTempDirectory("spotspec-app");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        if (ownsHome) {
            deleteTree(home);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void writeAwsFiles() {
        try {
            Files.createDirectories(home.resolve(".aws"));
            Files.writeString(home.resolve(".aws/config"), "[default]\nregion = us-east-1\n\n"
                    + "[profile dev]\nregion = eu-west-1\nmfa_serial = " + AwsStub.MFA_SERIAL + "\n");
            Files.writeString(home.resolve(".aws/credentials"),
                    "[default]\naws_access_key_id = AKIADEFAULTKEY000001\naws_secret_access_key = " + TestAws.SECRET
                            + "\n\n[dev]\naws_access_key_id = " + TestAws.KEY_ID + "\naws_secret_access_key = "
                            + TestAws.SECRET + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds and shows the app on {@code stage}; call from TestFX's {@code @Start}. An
     * {@code AWS_ENDPOINT_URL} in {@code extraEnv} points it at another endpoint than the stub.
     */
    public void start(Stage stage, Map<String, String> extraEnv) {
        this.stage = stage;
        var env = new HashMap<String, String>(extraEnv);
        env.putIfAbsent("AWS_ENDPOINT_URL", aws.uri().toString());
        env.put("AWS_PROFILE", MFA_PROFILE);
        var environment = new Environment(env, home);
        MfaPrompter prompter = new MfaPromptDialog(() -> stage);
        services = new AppServices(environment, clock, TestAws.fastSettings(), Platform::runLater, workers, prompter,
                new org.spotspec.wiring.SsoWiring.Hooks(url -> browserOpened.add(url), d -> java.time.Duration.ofMillis(20)));
        var store = new SettingsStore(settingsFile());
        window = AppWindow.open(stage, services, store, store.load(), io, AppInfo.load());
    }

    /** The window the app was started in. */
    public Stage stage() {
        return stage;
    }

    public Path settingsFile() {
        return home.resolve("settings.properties");
    }

    public void start(Stage stage) {
        start(stage, Map.of());
    }

    /** Stubs a successful MFA sign-in whose session lasts {@code length} from the test clock. */
    public Instant stubMfaSignIn(Duration length) {
        var expiry = clock.instant().plus(length);
        aws.signInSucceeds(TestAws.SESSION_SECRET, TestAws.SESSION_TOKEN, expiry);
        return expiry;
    }

    /** Signs in with the MFA profile and a session of {@code length}, through the real form. */
    public void signInWithMfa(org.testfx.api.FxRobot robot, Duration length) {
        stubMfaSignIn(length);
        robot.clickOn("#mfaCode").write(TestAws.MFA_CODE);
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("alice") && !services.tasks().isBusy());
    }

    /** Signs in with a typed access key and no MFA, through the real form. */
    public void signInWithTypedKeys(org.testfx.api.FxRobot robot) {
        aws.callerIdentity();
        aws.ec2Probe();
        robot.clickOn("#sourceKeys");
        robot.clickOn("#accessKeyId").write(TestAws.TYPED_KEY_ID);
        robot.clickOn("#secretKey").write(TestAws.SECRET);
        robot.clickOn("#useMfa");
        robot.clickOn("#signInButton");
        FxWait.until(() -> FxWait.text(robot, "#accountLabel").contains("alice") && !services.tasks().isBusy());
    }

    /**
     * Starts the app in a window of its own, e.g. a second app on another's home (the next start,
     * with the settings the first one saved); {@link #close()} closes the window too.
     */
    public Stage startInNewWindow(org.testfx.api.FxRobot robot) {
        robot.interact(() -> {
            ownStage = new Stage();
            start(ownStage);
        });
        return ownStage;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (services != null) {
            closeWhenIdle(services);
        }
        if (ownStage != null) {
            org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5_000, ownStage::close);
        }
        workers.shutdownNow();
        io.shutdownNow();
        try {
            // A settings save still running would write into the home being deleted.
            io.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        aws.close();
    }

    /** Closes {@code services} once no task runs, so no callback lands after the executors went away. */
    static void closeWhenIdle(AppServices services) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !services.tasks().isBusy());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("tasks still running at the end of the test", e);
        }
        // Closing the session updates bound views: do it on the FX thread.
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5_000, services::close);
    }
}
