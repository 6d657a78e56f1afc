package org.spotspec.wiring;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.spotspec.aws.AwsClientFactory;
import org.spotspec.aws.AwsRegions;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.Environment;
import org.spotspec.aws.ProfileDiscovery;
import org.spotspec.aws.SessionService;
import org.spotspec.aws.SsoLogins;
import org.spotspec.aws.capacity.PlacementScoreService;
import org.spotspec.aws.capacity.ZoneNames;
import org.spotspec.model.prices.ScoresModel;
import org.spotspec.pricedata.ArchivedScores;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotCleanup;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.model.account.AccountModel;
import org.spotspec.model.activity.ActivityLog;
import org.spotspec.model.session.AwsCalls;
import org.spotspec.model.session.MfaPrompter;
import org.spotspec.model.session.RegionSwitch;
import org.spotspec.model.session.SessionClock;
import org.spotspec.model.session.SessionState;
import org.spotspec.model.signin.SignInForm;
import org.spotspec.model.signin.SignInModel;
import org.spotspec.model.status.StatusState;
import org.spotspec.model.instances.InstancesModel;
import org.spotspec.model.launch.LaunchModel;
import org.spotspec.model.prices.PricesModel;
import org.spotspec.model.requests.RequestsModel;
import org.spotspec.model.tables.TableRegions;
import org.spotspec.model.archive.ArchiveModel;
import org.spotspec.archive.PriceArchives;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.pricedata.ArchiveOpener;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.pricedata.PriceSync;
import org.spotspec.userdirs.UserDirs;
import org.spotspec.tasks.TaskRunner;

/**
 * The composition root's object graph: services and models, built once, wired by constructor.
 * Tests build it with a fake environment, a test clock and a local endpoint.
 */
public final class AppServices implements AutoCloseable {
    private final Environment environment;
    private final Clock clock;
    private final ActivityLog activityLog;
    private final AwsClientFactory clients;
    private final SessionService sessions;
    private final TaskRunner tasks;
    private final SessionState session;
    private final StatusState status;
    private final SignInModel signIn;
    private final AwsCalls calls;
    private final SessionClock sessionClock;
    private final AccountModel account;
    private final RegionSwitch regionSwitch;
    private final TableRegions tableRegions;
    private final PricesModel prices;
    private final ScoresModel scores;
    private final InstancesModel instances;
    private final RequestsModel requests;
    private final LaunchModel launch;
    private final org.spotspec.model.launch.LaunchModule launchModule;
    private final ArchiveOpener archiveOpener;
    private final ArchiveHandle archive;
    private final ArchivedPrices archivedPrices;
    private final PriceSync priceSync;
    private final java.util.concurrent.ScheduledExecutorService syncTimer;
    private final ArchiveModel archiveModel;
    private final org.spotspec.model.archive.SyncModel syncModel;
    private final WatchServices watch;

    /**
     * @param fxExecutor   runs on the FX thread ({@code Platform::runLater} in production)
     * @param taskExecutor runs background tasks
     * @param prompter     asks for a fresh MFA code when a session must be renewed
     */
    public AppServices(Environment environment, Clock clock, ClientSettings clientSettings, Executor fxExecutor,
                       Executor taskExecutor, MfaPrompter prompter) {
        this(environment, clock, clientSettings, fxExecutor, taskExecutor, prompter, SsoWiring.Hooks.REAL);
    }

    /** @param sso how the IAM Identity Center login opens pages and waits (tests record and hurry) */
    public AppServices(Environment environment, Clock clock, ClientSettings clientSettings, Executor fxExecutor,
                       Executor taskExecutor, MfaPrompter prompter, SsoWiring.Hooks sso) {
        this.environment = environment;
        this.clock = clock;
        this.activityLog = new ActivityLog(fxExecutor, clock);
        this.clients = new AwsClientFactory(clientSettings, activityLog, clock);
        var discovery = new ProfileDiscovery(environment);
        var ssoLogins = new SsoLogins();
        this.sessions = new SessionService(clients, environment, discovery::discover, ssoLogins);
        this.tasks = TaskRunner.onFxThread(taskExecutor);
        this.session = new SessionState(clock);
        this.status = new StatusState(activityLog);
        this.signIn = new SignInModel(new SignInForm(), tasks, sessions, session, activityLog, environment,
                discovery::discover, SsoWiring.flow(tasks, clients, environment, discovery::discover, ssoLogins,
                        fxExecutor, clock, sso));
        this.calls = new AwsCalls(tasks, session, sessions, prompter, SsoWiring.renewal(tasks, sessions, signIn.sso(),
                activityLog), status, activityLog);
        this.sessionClock = new SessionClock(session, calls, fxExecutor);
        this.account = new AccountModel(calls, sessions, session, activityLog, status);
        this.regionSwitch = new RegionSwitch(session, calls, activityLog, AwsRegions::commercial);
        var spotPrices = new SpotPriceService(SpotPriceService.DEFAULT_PARALLEL_REGIONS);
        var dirs = new UserDirs(environment.variables(), System.getProperty("os.name"), environment.home());
        this.archiveOpener = new ArchiveOpener(environment.variables(), environment.home(),
                PriceArchives.embeddedFile(dirs), ArchiveOpener.PasswordPrompt.NONE);
        // Opened by the first fetch or sync, on its background thread: never at start-up.
        this.archive = new ArchiveHandle(() -> archiveOpener.open(archiveOpener.url(null, null)));
        this.archivedPrices = new ArchivedPrices(spotPrices, archive, clock);
        this.priceSync = new PriceSync(archivedPrices, clock);
        this.prices = new PricesModel(calls, tasks, spotPrices, archivedPrices, fxExecutor, clock);
        this.scores = new ScoresModel(calls, new PlacementScoreService(clock, new ZoneNames()),
                new ArchivedScores(archive), prices);
        this.archiveModel = new ArchiveModel(archive, archiveOpener, tasks,
                environment.variables());
        this.syncTimer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "price-sync-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.syncModel = new org.spotspec.model.archive.SyncModel(priceSync, session, tasks, status, fxExecutor,
                syncTimer, prices.instanceTypes().items());
        // The Archive tab shows what a sync stored as soon as it is done, if it is on screen.
        syncModel.syncingProperty().addListener((obs, was, syncing) -> {
            if (!syncing && archiveModel.shownProperty().get()) {
                archiveModel.refresh();
            }
        });
        var launchService = new LaunchService();
        var instanceService = new InstanceService();
        var requestService = new SpotRequestService();
        this.tableRegions = new TableRegions(session);
        this.instances = new InstancesModel(calls, session, tableRegions, status, activityLog, clock, instanceService);
        this.requests = new RequestsModel(calls, session, tableRegions, status, activityLog, clock, requestService,
                new SpotCleanup(requestService, instanceService), instances::refreshWhenShown);
        this.launchModule = new org.spotspec.model.launch.LaunchModule(calls, launchService, spotPrices, session,
                activityLog, clock, java.time.ZoneId.systemDefault(), org.spotspec.model.launch.CapacityFallback.Sources
                .of(() -> prices.instanceTypes().chosen(), () -> java.util.List.copyOf(scores.scores())));
        this.launch = launchModule.launch();
        // A launch shows up in both tables without waiting for their auto-refresh: at once in the
        // one on screen, the other when its tab is shown (no Describe calls for a hidden tab).
        launch.addLaunchListener(result -> {
            requests.refreshWhenShown();
            instances.refreshWhenShown();
        });
        this.watch = new WatchServices(session, tasks, clock, fxExecutor, syncTimer, archive, archivedPrices,
                requestService, instanceService, tableRegions, () -> prices.maxPriceProperty().get(),
                environment.variables());
        // Price alerts are judged on what each sync of the tracked series brought.
        syncModel.syncingProperty().addListener((obs, was, syncing) -> {
            if (!syncing) {
                watch.watch().checkAlertsSoon();
            }
        });
    }

    /** The watcher, its event history and price alerts. */
    public WatchServices watch() {
        return watch;
    }

    public Environment environment() {
        return environment;
    }

    public ActivityLog activityLog() {
        return activityLog;
    }

    public SessionService sessions() {
        return sessions;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public SessionState session() {
        return session;
    }

    public StatusState status() {
        return status;
    }

    public SignInModel signIn() {
        return signIn;
    }

    public AwsCalls calls() {
        return calls;
    }

    public SessionClock sessionClock() {
        return sessionClock;
    }

    public AccountModel account() {
        return account;
    }

    public RegionSwitch regionSwitch() {
        return regionSwitch;
    }

    /** The regions the Requests and Instances tables show (empty choice: the session's region). */
    public TableRegions tableRegions() {
        return tableRegions;
    }

    public Clock clock() {
        return clock;
    }

    /** The Prices tab's placement scores and where-now ranking. */
    public ScoresModel scores() {
        return scores;
    }

    public PricesModel prices() {
        return prices;
    }

    public InstancesModel instances() {
        return instances;
    }

    public RequestsModel requests() {
        return requests;
    }

    public LaunchModel launch() {
        return launch;
    }

    /** The Launch tab's models: its EC2 Fleet way and capacity fallback too. */
    public org.spotspec.model.launch.LaunchModule launchModule() {
        return launchModule;
    }

    /** The price archive, opened at first use; {@link ArchiveHandle#problem()} says why there is none. */
    public ArchiveHandle archive() {
        return archive;
    }

    /** Price fetches through the archive, for models and the Archive view. */
    public ArchivedPrices archivedPrices() {
        return archivedPrices;
    }

    /** The sync of the tracked series (one at a time), for the timer and a "Sync now". */
    public PriceSync priceSync() {
        return priceSync;
    }

    /** The Archive view's archive: location, size, series, remove, compact, URL. */
    public ArchiveModel archiveModel() {
        return archiveModel;
    }

    /** The tracked series and their sync timer (runs while signed in). */
    public org.spotspec.model.archive.SyncModel sync() {
        return syncModel;
    }

    /**
     * Uses the archive URL of the settings ({@code archive.url}; blank: the file in the data folder)
     * unless SPOTSPEC_ARCHIVE_URL names one; opened again at its next use.
     */
    public void useArchiveUrl(String settingsUrl) {
        archive.reopenWith(() -> archiveOpener.open(archiveOpener.url(null, settingsUrl)));
    }

    /**
     * Ends the session and drops what belonged to it: the identity, the price result, the launch
     * form's region lookups and pending action; {@code forgetSecrets} also clears the user data
     * (the window also forgets a typed secret key). The live tables empty as the session ends.
     */
    public void signOut(boolean forgetSecrets) {
        account.signOut();
        prices.clearResult();
        launch.signedOut(forgetSecrets);
    }

    @Override
    public void close() {
        syncModel.close();
        syncTimer.shutdownNow();
        session.clear();
        clients.close();
        archive.close();
    }
}
