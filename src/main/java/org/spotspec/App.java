package org.spotspec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.about.AppInfo;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.Environment;
import org.spotspec.logging.FileLogging;
import org.spotspec.logging.StartTrace;
import org.spotspec.settings.SettingsStore;
import org.spotspec.concurrent.DaemonExecutors;
import org.spotspec.ui.common.MfaPromptDialog;
import org.spotspec.ui.common.Stylesheets;
import org.spotspec.ui.main.AppWindow;
import org.spotspec.wiring.AppServices;

/** The JavaFX application: reads settings, builds the object graph, shows the window. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** Set by {@link Launcher} for {@code --smoke-test}. */
    static final String SMOKE_TEST_PROPERTY = "spotspec.smokeTest";

    private Environment environment;
    private SettingsStore store;
    private SettingsStore.LoadResult loaded;
    private ExecutorService workers;
    private ExecutorService io;
    private AppServices services;
    private AppWindow window;

    @Override
    public void init() {
        StartTrace.mark("toolkit started");
        WarmUp.awaitLogging();
        // Runs on the launcher thread, so reading the settings file keeps off the FX thread.
        environment = Environment.fromSystem();
        var file = System.getProperty("spotspec.settings.file");
        store = new SettingsStore(file != null ? Path.of(file) : SettingsStore.defaultFile(
                System.getenv(), System.getProperty("os.name"), environment.home()));
        loaded = store.load();
        io = DaemonExecutors.pool("spotspec-settings", 1);
        workers = DaemonExecutors.pool("spotspec-aws", 4);
        Stylesheets.noneYet(); // before any control is made; the theme comes after the start screen
    }

    @Override
    public void start(Stage stage) {
        StartTrace.mark("start");
        var logFile = FileLogging.activeFile(LoggerFactory.getILoggerFactory());
        var info = AppInfo.load().withLogFile(logFile.orElse(null));
        services = new AppServices(environment, Clock.systemUTC(), ClientSettings.defaults(), Platform::runLater,
                workers, new MfaPromptDialog(() -> stage));
        var smokeTest = Boolean.getBoolean(SMOKE_TEST_PROPERTY);
        if (smokeTest) {
            // Before the window opens, so the report of its first frame is queued ahead of the
            // sign-in view's building (which that frame starts), as in packaging/hello.
            FirstWindowProbe.afterFirstPulse(stage, elapsed -> System.out.println(FirstWindowProbe.message(elapsed)));
        }
        window = AppWindow.open(stage, services, store, loaded, io, info);
        LOG.info("{} {} started", info.name(), info.version());
        if (smokeTest) {
            FirstWindowProbe.afterRootReplaced(stage, elapsed -> {
                System.out.println(FirstWindowProbe.readyMessage(elapsed));
                Platform.exit();
            });
        }
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
        if (window != null) {
            window.saveSettings();
        }
        workers.shutdownNow();
        io.shutdown();
    }
}
