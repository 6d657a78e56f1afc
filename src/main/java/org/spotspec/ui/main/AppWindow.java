package org.spotspec.ui.main;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotspec.about.AppInfo;
import org.spotspec.wiring.AppServices;
import org.spotspec.aws.AwsSession;
import org.spotspec.logging.StartTrace;
import org.spotspec.model.tables.RefreshInterval;
import org.spotspec.model.tables.RefreshSettingsAdapter;
import org.spotspec.model.signin.SignInSettingsAdapter;
import org.spotspec.model.launch.LaunchSettingsAdapter;
import org.spotspec.model.prices.PriceQuerySettingsAdapter;
import org.spotspec.model.prices.ScoreQuerySettingsAdapter;
import org.spotspec.model.archive.ArchiveSettingsAdapter;
import org.spotspec.settings.Settings;
import org.spotspec.settings.CurrentSettings;
import org.spotspec.settings.SettingsStore;
import org.spotspec.ui.common.AppIcons;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.common.Navigator;
import org.spotspec.ui.common.Pulses;
import org.spotspec.ui.common.Stylesheets;
import org.spotspec.ui.common.ViewLoader;

/**
 * The one window: sign-in first, then the main view in the same stage. Restores and
 * remembers the window's size and position.
 */
public final class AppWindow implements Navigator {
    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);
    private final Stage stage;
    private final AppServices services;
    private final CurrentSettings settings;
    private final AppInfo info;
    private final ViewLoader views;
    private final Scene scene;
    private final LaunchSettingsAdapter launchMemory;
    private final Executor background;
    private Parent signInView;
    private Parent mainView;

    /** {@code background} builds the sign-in view while the toolkit draws the start screen. */
    public AppWindow(Stage stage, AppServices services, CurrentSettings settings, AppInfo info, Executor background) {
        this.stage = stage;
        this.background = background;
        this.services = services;
        this.settings = settings;
        this.info = info;
        this.views = Controllers.loader(services, this, info, this::signedIn);
        this.scene = new Scene(new javafx.scene.layout.StackPane());
        this.launchMemory = new LaunchSettingsAdapter(services.launch().form(), services.launchModule().fleet().form());
        services.regionSwitch().addListener(this::regionSwitched);
    }

    /** Opens the window with the settings loaded at start (a corrupt file's warning goes to the activity log). */
    public static AppWindow open(Stage stage, AppServices services, SettingsStore store,
                                 SettingsStore.LoadResult loaded, Executor io, AppInfo info) {
        loaded.warning().ifPresent(services.activityLog()::warning);
        var window = new AppWindow(stage, services, new CurrentSettings(store, loaded.settings(), io), info, io);
        stage.setOnCloseRequest(e -> window.rememberBounds());
        window.show();
        return window;
    }

    /** Saves the settings now (at exit). */
    public void saveSettings() {
        settings.saveNow();
    }

    /** Shows the window with the sign-in view, where the user left off last time. */
    public void show() {
        org.spotspec.model.sso.SsoSettingsAdapter.restoreAndRemember(services.signIn().sso().choices(),
                settings.get().sso(), sso -> settings.update(s -> s.withSso(sso)));
        org.spotspec.ui.sso.SsoDialogs.follow(services.signIn().sso(), () -> stage);
        // Built on the other core while this one shows the start screen (nodes may be made off the FX
        // thread until they join a shown scene), begun first: it is the longest part of the way to the
        // sign-in view. The form (and its SSO choices, above) is restored first, for the view to bind to.
        var signIn = CompletableFuture.supplyAsync(() -> {
            SignInSettingsAdapter.restore(services.signIn().form(), settings.get(), services.environment());
            StartTrace.mark("sign-in form restored");
            var view = views.load(FxmlView.SIGN_IN);
            StartTrace.mark("sign-in view built");
            return view;
        }, background);
        stage.setTitle(info.name());
        stage.setScene(scene);
        stage.setMinWidth(Settings.WindowBounds.MIN_WIDTH);
        stage.setMinHeight(Settings.WindowBounds.MIN_HEIGHT);
        placeWindow(settings.get().window());
        // The window first shows the start screen (no theme to load), then the themed sign-in
        // view; what the start screen does not need waits for its first frame.
        scene.setRoot(StartScreen.create(info.name()));
        stage.show();
        StartTrace.mark("start screen shown");
        Pulses.afterNextFrame(scene, () -> showFirstView(signIn));
    }

    private void showFirstView(CompletableFuture<Parent> signIn) {
        StartTrace.mark("start screen drawn");
        Stylesheets.applyTo(scene);
        restoreAndRemember();
        signInView = builtOrNull(signIn);
        showSignIn(false);
        // The icons (six PNGs to decode) once the sign-in view is drawn: the form comes sooner.
        Pulses.afterNextFrame(scene, () -> stage.getIcons().setAll(AppIcons.all()));
    }

    /** The view built in the background; null (built again here, and failing visibly) if that failed. */
    private static Parent builtOrNull(CompletableFuture<Parent> built) {
        try {
            return built.join();
        } catch (CompletionException e) {
            LOG.warn("Building the sign-in view at start failed; building it again", e.getCause());
            return null;
        }
    }

    /**
     * Puts back what the user chose last run, and remembers it again when it is used: a price query as
     * it is fetched, a refresh interval as it is chosen, the launch form as a launch or dry run is sent
     * (not on every keystroke). The launch form's regional choices wait for sign-in.
     */
    private void restoreAndRemember() {
        PriceQuerySettingsAdapter.restore(services.prices(), settings.get().prices());
        ScoreQuerySettingsAdapter.restore(services.scores(), settings.get().prices().scores());
        javafx.beans.value.ChangeListener<Boolean> sent = (obs, was, sending) -> {
            if (sending) { // the price query and its score query, as they are sent
                settings.update(s -> s.withPrices(PriceQuerySettingsAdapter.remember(services.prices(),
                        services.scores())));
            }
        };
        services.prices().fetchingProperty().addListener(sent);
        services.scores().askingProperty().addListener(sent);
        var requests = services.requests().table();
        var instances = services.instances().table();
        RefreshSettingsAdapter.restore(requests, instances, settings.get().refresh());
        ChangeListener<RefreshInterval> intervalChosen =
                (obs, old, now) -> settings.update(s -> s.withRefresh(RefreshSettingsAdapter.remember(requests, instances)));
        requests.intervalProperty().addListener(intervalChosen);
        instances.intervalProperty().addListener(intervalChosen);
        requests.regions().chosenProperty().addListener(
                (obs, old, now) -> settings.update(s -> s.withRefresh(RefreshSettingsAdapter.remember(requests, instances))));
        launchMemory.restoreGlobal(settings.get().launch());
        ArchiveSettingsAdapter.restoreAndRemember(services.archiveModel(), services.sync(), settings.get().archive(),
                archive -> settings.update(s -> s.withArchive(archive)));
        org.spotspec.model.watch.WatchSettingsAdapter.restoreAndRemember(services.watch().watch(),
                settings.get().watch(), watch -> settings.update(s -> s.withWatch(watch)));
        services.launch().busyProperty().addListener((obs, was, busy) -> {
            if (busy) {
                services.session().current().ifPresent(session -> settings.update(
                        s -> s.withLaunch(launchMemory.remember(session.region().id(), s.launch()))));
            }
        });
    }

    @Override
    public void signOut(boolean forgetSecrets) {
        services.signOut(forgetSecrets);
        showSignIn(forgetSecrets);
    }

    private void showSignIn(boolean forgetSecrets) {
        var form = services.signIn().form();
        if (forgetSecrets) {
            form.secretKeyProperty().set("");
        }
        form.clearMfaCode();
        if (signInView == null) {
            signInView = views.load(FxmlView.SIGN_IN);
        }
        showSignIn();
    }

    /** A sign-in running (and waiting on a network that is down) may still finish: it then shows the session. */
    @Override
    public void openOffline() {
        services.prices().loadOfflineChoices(services.signIn().form().regionProperty().get());
        services.sync().offline();
        services.activityLog().info("Opened the price archive offline (not signed in)");
        showMain();
    }

    @Override
    public void showSignIn() {
        services.signIn().dismissProblem(); // back from offline, say: the last failure is old news
        stage.setTitle(info.name() + " — Sign in");
        scene.setRoot(signInView);
        StartTrace.mark("sign-in view set");
        services.signIn().loadProfiles();
    }

    @Override
    public void showMain() {
        if (mainView == null) {
            mainView = views.load(FxmlView.MAIN);
            bindShown("requestsTab", services.requests().table().shownProperty());
            bindShown("instancesTab", services.instances().table().shownProperty());
            bindShown("archiveTab", services.archiveModel().shownProperty());
            watchEvents();
        }
        scene.setRoot(mainView);
        showTitle();
    }

    private void showTitle() {
        stage.setTitle(services.session().current().map(s -> info.name() + " — " + s.identity().shortName() + " @ "
                + s.identity().account() + " (" + s.region().id() + ")")
                .orElse(info.name() + " — Offline (price archive, not signed in)"));
    }

    private void signedIn(AwsSession session) {
        settings.update(s -> SignInSettingsAdapter.remember(services.signIn().form(), s));
        showMain();
        loadRegion(session);
    }

    /** Same session, another region: title, form (the next sign-in starts there) and settings take it; rest re-read. */
    private void regionSwitched(AwsSession session) {
        var region = session.region().id();
        services.signIn().form().regionProperty().set(region);
        settings.update(s -> s.withRegion(region));
        showTitle();
        services.launch().regionChanged();
        loadRegion(session);
    }

    /** What a session's region decides: EC2 access, instance types, the Launch form's choices and lookups. */
    private void loadRegion(AwsSession session) {
        services.account().checkEc2Access();
        services.prices().loadChoices(session.region().id());
        // Before the lookups: the restored AMI is the one whose name is looked up.
        launchMemory.signedIn(session.region().id(), settings.get().launch());
        services.launch().loadChoices();
    }

    /**
     * The Events tab's badge, the in-app notifications (a click opens the tab at the event), and
     * the watcher's tick, which starts with the main window.
     */
    private void watchEvents() {
        var tabs = (javafx.scene.control.TabPane) mainView.lookup("#tabs");
        var eventsTab = tabs.getTabs().stream().filter(t -> "eventsTab".equals(t.getId())).findFirst().orElseThrow();
        var watch = services.watch();
        org.spotspec.ui.events.EventsTabBadge.bind(eventsTab, watch.events().unacknowledgedProperty());
        watch.watch().addAnnouncer(new org.spotspec.ui.events.EventNotifications(() -> stage, event -> {
            tabs.getSelectionModel().select(eventsTab);
            watch.events().reveal(event);
        }));
        watch.start();
    }

    /** A live table loads when its tab is first shown, and auto-refreshes only while it is. */
    private void bindShown(String tabId, javafx.beans.property.BooleanProperty shown) {
        var tabs = (javafx.scene.control.TabPane) mainView.lookup("#tabs");
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(tab -> shown.bind(tab.selectedProperty()));
    }

    /** Remembers where the window is, for the next start. */
    public void rememberBounds() {
        var old = settings.get().window();
        // While maximised, keep the restored size and position from before.
        var bounds = stage.isMaximized()
                ? new Settings.WindowBounds(old.x(), old.y(), old.width(), old.height(), true)
                : new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        settings.update(s -> s.withWindow(bounds));
    }

    private void placeWindow(Settings.WindowBounds saved) {
        var screen = (saved.hasPosition() && isOnSomeScreen(saved)
                ? Screen.getScreensForRectangle(saved.x(), saved.y(), 1, 1).stream().findFirst()
                : java.util.Optional.<Screen>empty()).orElse(Screen.getPrimary()).getVisualBounds();
        var bounds = saved.fittedTo(screen.getWidth(), screen.getHeight());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        if (bounds.hasPosition() && isOnSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
    }

    /** A window saved on a monitor that is gone would open out of sight. */
    private static boolean isOnSomeScreen(Settings.WindowBounds b) {
        var titleBar = new Rectangle2D(b.x(), b.y(), Math.max(1, b.width()), 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
