package org.spotspec.ui.main;

import java.time.ZoneId;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.spotspec.about.AppInfo;
import org.spotspec.aws.AwsSession;
import org.spotspec.ui.account.AccountController;
import org.spotspec.ui.archive.ArchiveController;
import org.spotspec.ui.common.FxmlView;
import org.spotspec.ui.common.Navigator;
import org.spotspec.ui.common.ViewLoader;
import org.spotspec.ui.events.EventsController;
import org.spotspec.ui.events.WatchPanelController;
import org.spotspec.ui.instances.InstancesController;
import org.spotspec.ui.launch.LaunchController;
import org.spotspec.ui.log.LogController;
import org.spotspec.ui.prices.PriceExports;
import org.spotspec.ui.prices.PricesController;
import org.spotspec.ui.requests.RequestsController;
import org.spotspec.ui.signin.AdvancedPartController;
import org.spotspec.ui.signin.KeysPartController;
import org.spotspec.ui.signin.MfaPartController;
import org.spotspec.ui.signin.RoleController;
import org.spotspec.ui.signin.RoleFieldsController;
import org.spotspec.ui.signin.SignInController;
import org.spotspec.ui.signin.SsoPartController;
import org.spotspec.wiring.AppServices;

/**
 * How every controller of the app's views is built from the object graph: the one map the
 * window loads its views with, and view tests too, so a view mounted alone is wired as in the app.
 */
public final class Controllers {
    private Controllers() {
    }

    /**
     * A loader of the app's views with its messages and controllers.
     *
     * @param navigator  switches between sign-in and the main view (account menu, account tab)
     * @param onSignedIn runs on the FX thread after the sign-in view signed in, the session current
     */
    public static ViewLoader loader(AppServices services, Navigator navigator, AppInfo info,
                                    Consumer<AwsSession> onSignedIn) {
        // The sign-in view loads some of its parts itself, when first shown: with this same loader.
        return new ViewLoader(ResourceBundle.getBundle("org.spotspec.ui.messages"),
                parts -> of(services, navigator, info, onSignedIn, parts));
    }

    /** Each controller class mapped to the code that constructs it. */
    private static Map<Class<?>, Supplier<?>> of(AppServices services, Navigator navigator, AppInfo info,
                                                Consumer<AwsSession> onSignedIn, Function<FxmlView, Parent> parts) {
        var zone = ZoneId.systemDefault();
        return Map.ofEntries(
                entry(SignInController.class, () -> new SignInController(services.signIn(), onSignedIn, navigator,
                        parts)),
                entry(KeysPartController.class, () -> new KeysPartController(services.signIn())),
                entry(MfaPartController.class, () -> new MfaPartController(services.signIn())),
                entry(AdvancedPartController.class, () -> new AdvancedPartController(services.signIn())),
                entry(RoleController.class, () -> new RoleController(services.signIn(), parts)),
                entry(RoleFieldsController.class, () -> new RoleFieldsController(services.signIn())),
                entry(SsoPartController.class, () -> new SsoPartController(services.signIn(), onSignedIn)),
                entry(MainController.class, () -> new MainController(services.account(), services.sessionClock(),
                        navigator, info, services.regionSwitch(), services.session())),
                entry(StatusBarController.class, () -> new StatusBarController(services.session(),
                        services.account(), services.status(), services.tasks(), services.regionSwitch(), navigator)),
                entry(LogController.class, () -> new LogController(services.activityLog())),
                entry(AccountController.class, () -> new AccountController(services.account(), services.session(),
                        navigator)),
                entry(PricesController.class, () -> new PricesController(services.prices(), services.scores(),
                        new PriceExports(services.tasks(), services.status(), services.activityLog()), zone)),
                entry(org.spotspec.ui.prices.ScoresQueryController.class,
                        () -> new org.spotspec.ui.prices.ScoresQueryController(services.scores())),
                entry(org.spotspec.ui.prices.WhereNowController.class, () -> new org.spotspec.ui.prices.WhereNowController(
                        services.scores(), services.tasks(), services.clock())),
                entry(RequestsController.class, () -> new RequestsController(services.requests(), zone)),
                entry(InstancesController.class, () -> new InstancesController(services.instances(), zone)),
                entry(LaunchController.class, () -> new LaunchController(services.launchModule())),
                entry(org.spotspec.ui.launch.FleetController.class,
                        () -> new org.spotspec.ui.launch.FleetController(services.launchModule().fleet())),
                entry(ArchiveController.class, () -> new ArchiveController(services.archiveModel(), services.sync(),
                        zone)),
                entry(EventsController.class, () -> new EventsController(services.watch().events(), zone)),
                entry(WatchPanelController.class, () -> new WatchPanelController(services.watch().watch())));
    }

    /** A map entry whose value type is the map's, so {@link Map#ofEntries} infers one type for all. */
    private static Map.Entry<Class<?>, Supplier<?>> entry(Class<?> type, Supplier<?> make) {
        return Map.entry(type, make);
    }
}
