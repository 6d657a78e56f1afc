package org.spotspec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.spotspec.about.AppInfo;
import org.spotspec.aws.AwsEndpoints;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.CredentialSource;
import org.spotspec.aws.Environment;
import org.spotspec.aws.Secret;
import org.spotspec.aws.SignInRequest;
import org.spotspec.concurrent.DaemonExecutors;
import org.spotspec.settings.Settings;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.common.MfaPromptDialog;
import org.spotspec.ui.common.Navigator;
import org.spotspec.ui.common.Stylesheets;
import org.spotspec.ui.common.ViewLoader;
import org.spotspec.ui.main.Controllers;
import org.spotspec.wiring.AppServices;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.regions.Region;

/**
 * One view of the app in a test, already signed in: the tab's FXML with its real controller and
 * the real model from the app's object graph ({@link AppServices}, controllers built by
 * {@link Controllers} as the window builds them), signed in with typed keys in eu-west-1 over the
 * local STS/EC2 stub, alone in a window styled as the app's and as large as the tab is there. No
 * sign-in form and no main window; dialogs are owned by the view's window, as in the app.
 *
 * <p>Used like {@link AppHarness}; the test states the stub's answers, then shows the view:
 * <pre>{@code
 * @ExtendWith(QuickApplicationExtension.class)
 * class SomeViewTest {
 *     @RegisterExtension
 *     final ViewHarness view = new ViewHarness();
 *
 *     @Start
 *     void start(Stage stage) {
 *         view.start(stage);
 *     }
 *
 *     @Test
 *     void something(FxRobot robot) {
 *         view.aws.ec2Page(...);
 *         view.show(FxmlView.REQUESTS);
 *     }
 * }</pre>
 * What needs the whole app (the sign-in form, a restart with saved settings, switching tabs, the
 * MFA prompt of a renewal) stays with {@link AppHarness}.
 */
public final class ViewHarness implements Navigator, AfterEachCallback {
    /** The tab's area in the app's window at its default size (less menu, tab headers, status bar). */
    public static final double WIDTH = Settings.WindowBounds.DEFAULT_WIDTH;
    public static final double HEIGHT = 696;

    public final AwsStub aws = new AwsStub();
    public final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final Path home = newHome();
    private final ExecutorService workers = DaemonExecutors.pool("test-aws", 2);
    public AppServices services;
    private ViewLoader views;
    private Stage stage;
    private boolean closed;

    private static Path newHome() {
        try {
            // Empty: typed keys read no AWS files, and none of the developer's are read either.
            return Files.createTempDirectory("spotspec-view");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the object graph and shows an empty window styled as the app's; call from {@code @Start}. */
    public void start(Stage stage) {
        this.stage = stage;
        var environment = new Environment(Map.of("AWS_ENDPOINT_URL", aws.uri().toString()), home);
        services = new AppServices(environment, clock, TestAws.fastSettings(), Platform::runLater, workers,
                new MfaPromptDialog(() -> stage));
        views = Controllers.loader(services, this, AppInfo.load(), this::signedIn);
        var scene = new Scene(new StackPane(), WIDTH, HEIGHT);
        Stylesheets.applyTo(scene);
        stage.setScene(scene);
        // The window is shared with the tests before: one that sized it (NarrowWindowTest, 1024 x 700)
        // would otherwise keep that size, and a field low in a view fell out of sight.
        stage.sizeToScene();
        stage.show();
    }

    /** Signs in if not yet and shows {@code view} with its tab chosen: a live table reads its rows. */
    public void show(FxmlView view) {
        mount(view);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> tabShown(view).ifPresent(shown -> shown.set(true)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Signs in if not yet and puts {@code view} in the window, its tab not chosen yet: as the main
     * view is there after sign-in, where a live table reads nothing until its tab is shown.
     */
    public void mount(FxmlView view) {
        if (services.session().current().isEmpty()) {
            signIn();
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.getScene().setRoot(views.load(view)));
        // Settled, as after a sign-in through the form: the lookups started at sign-in are done.
        FxWait.until(() -> !services.tasks().isBusy());
    }

    /**
     * {@code view} mounted as {@link #mount} does, with the app's status bar below it: for what a
     * view shows there (the price sync's progress).
     */
    public void mountWithStatusBar(FxmlView view) {
        mount(view);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            var pane = new javafx.scene.layout.BorderPane(stage.getScene().getRoot());
            pane.setBottom(views.load(FxmlView.STATUS_BAR));
            stage.getScene().setRoot(pane);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Signs in with typed keys and no MFA over the stub, without the form: the session service off
     * the FX thread as the sign-in task runs it, then the session made current on it.
     */
    private AwsSession signIn() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("sign-in calls AWS: not on the FX thread");
        }
        aws.callerIdentity();
        var request = new SignInRequest(new CredentialSource.TypedKeys(TestAws.TYPED_KEY_ID, Secret.of(TestAws.SECRET)),
                Region.EU_WEST_1, Optional.empty(), AwsEndpoints.resolve(services.environment(), ""));
        var session = services.sessions().signIn(request);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            services.session().set(session);
            signedIn(session);
        });
        return session;
    }

    /** What the window does at sign-in that the views need: the Prices query's and the Launch form's lookups. */
    private void signedIn(AwsSession session) {
        services.prices().loadChoices(session.region().id());
        services.launch().loadChoices();
    }

    /** The flag the window binds to whether the view's tab is selected, for the views that have one. */
    private Optional<BooleanProperty> tabShown(FxmlView view) {
        return switch (view) {
            case REQUESTS -> Optional.of(services.requests().table().shownProperty());
            case INSTANCES -> Optional.of(services.instances().table().shownProperty());
            case ARCHIVE -> Optional.of(services.archiveModel().shownProperty());
            default -> Optional.empty();
        };
    }

    /** Signs out as the window does, but the view stays on screen (there is no sign-in view to go to). */
    @Override
    public void signOut(boolean forgetSecrets) {
        services.signOut(forgetSecrets);
    }

    /** The mounted view is the only one. */
    @Override
    public void showMain() {
    }

    /** The mounted view is the only one. */
    @Override
    public void openOffline() {
    }

    /** The mounted view is the only one. */
    @Override
    public void showSignIn() {
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (services != null) {
            AppHarness.closeWhenIdle(services);
        }
        workers.shutdownNow();
        aws.close();
        AppHarness.deleteTree(home);
    }
}
