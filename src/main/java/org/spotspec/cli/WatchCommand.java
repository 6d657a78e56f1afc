package org.spotspec.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.spotspec.archive.PriceArchive;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.pricedata.AlertSync;
import org.spotspec.pricedata.ArchivedPrices;
import org.spotspec.watch.PriceAlertRule;
import org.spotspec.watch.PriceAlerts;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.requests.SpotRequestService;
import org.spotspec.cli.output.OutputFormat;
import org.spotspec.pricedata.ArchiveHandle;
import org.spotspec.watch.EventStore;
import org.spotspec.watch.MemoryEventStore;
import org.spotspec.watch.PollSchedule;
import org.spotspec.watch.RegionReader;
import org.spotspec.watch.SessionWatch;
import org.spotspec.watch.StoredEvent;
import org.spotspec.watch.WatchEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spotspec watch}: the desktop app's watcher, headless, until SIGINT or SIGTERM. One line
 * per event on stdout; notes on stderr; events stored in the price archive (in memory with
 * {@code --no-archive}), so {@code spotspec events} and the app list them afterwards.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        versionProvider = VersionProvider.class,
        description = {"Watches your spot requests and instances in one or more regions and prints one line per "
                + "change: new, changed or gone requests and instances, EC2's two-minute interruption notices, the MFA "
                + "session's end, regions that cannot be read. Runs until Ctrl+C or SIGTERM (exit code 0).",
            "-o json prints JSON Lines: one object per line with time, region, kind, id, from, to, message, severity "
                    + "and account; --exec gets the same object on its standard input.",
            "Each poll is one DescribeSpotInstanceRequests and one DescribeInstances per region, whatever the number "
                    + "of instances; EC2's throttling slows that region's polls down until it eases.",
            "With an MFA session and no terminal to ask for a fresh code, it exits with code 6 when the session ends. "
                    + "Rebalance recommendations reach only EventBridge and the instance itself: they are not seen "
                    + "here."},
        footer = {"", "Examples:", "  spotspec watch --region us-east-1,eu-west-1",
            "  spotspec watch --region eu-west-1 --interval 30 -o json --exec 'curl -s -d @- "
                    + "https://hooks.example/spot'"})
final class WatchCommand extends RegionsCommand {
    @Option(names = "--interval", paramLabel = "<seconds>", defaultValue = "60",
            description = "Seconds between two polls of a region, at least 5 (default: ${DEFAULT-VALUE}).")
    int interval;

    @Option(names = "--alert", paramLabel = "<rule>",
            description = "A price alert rule, e.g. 'm5.large,us-east-1,>0.05' (repeat for more).")
    List<String> alerts = new ArrayList<>();

    @Option(names = "--max-price", paramLabel = "<$/h>",
            description = "My max price, for --alert rules with the condition >max, e.g. 0.05.")
    String maxPrice;

    @Option(names = "--exec", paramLabel = "<command>",
            description = "Runs this command for each event with the event's JSON on standard input (split at spaces, "
                    + "no shell); its failure is reported on stderr and the watch goes on.")
    String exec;

    @Mixin
    ArchiveOptions archive;

    /** Price alerts are judged at most this often: prices change far less often than states. */
    static final Duration ALERT_CHECKS = Duration.ofSeconds(60);

    private final SpotRequestService requests;
    private final InstanceService instances;
    private final SpotPriceService prices;
    private List<PriceAlertRule> rules = List.of();
    private AlertSync alertSync;
    private Instant lastAlertCheck;
    /** The session signed in with: AwsCommand closes it; renewals made here are closed here. */
    private AwsSession original;

    WatchCommand(CliContext context, SpotRequestService requests, InstanceService instances,
                 SpotPriceService prices) {
        super(context);
        this.requests = requests;
        this.instances = instances;
        this.prices = prices;
    }

    @Override
    void check() {
        if (interval < PollSchedule.MIN_INTERVAL.toSeconds()) {
            throw CliFailure.usage("--interval: at least " + PollSchedule.MIN_INTERVAL.toSeconds() + " seconds.");
        }
        if (common.output == OutputFormat.CSV) {
            throw CliFailure.usage("--output: table or json (one JSON object per line); csv has no place for events "
                    + "that arrive one by one.");
        }
        if (exec != null && exec.isBlank()) {
            throw CliFailure.usage("--exec: name a command.");
        }
        checkRegions();
        var parsed = new ArrayList<PriceAlertRule>();
        for (var text : alerts) {
            try {
                parsed.add(PriceAlertRule.parse(text));
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("--alert '" + text + "': " + e.getMessage());
            }
        }
        rules = List.copyOf(parsed);
        if (maxPrice != null) {
            var problem = org.spotspec.prices.PriceInput.maxPriceProblem(maxPrice);
            if (!problem.isEmpty()) {
                throw CliFailure.usage("--max-price: " + problem);
            }
        }
    }

    @Override
    String action() {
        return "Watch";
    }

    @Override
    int run(AwsSession session) {
        original = session;
        try (var shutdown = new WatchShutdown(context); var handle = CliArchive.handle(context, archive)) {
            var store = store(handle);
            if (store.isEmpty()) {
                return ExitCode.AWS_ERROR;
            }
            alertSync = new AlertSync(new ArchivedPrices(prices, handle, context.clock()),
                    new PriceAlerts(store.get(), context.clock(), watcher));
            return watch(session, store.get(), shutdown);
        }
    }

    private int watch(AwsSession session, EventStore store, WatchShutdown shutdown) {
        var schedule = new PollSchedule(context.clock());
        schedule.interval(Duration.ofSeconds(interval));
        schedule.regions(regions);
        var lines = new EventLines(common.output, context.out());
        try (var execs = exec == null ? null : new EventExec(exec, EventExec.TIMEOUT, context.err())) {
            var parts = new WatchLoop.Parts(new RegionReader(requests, instances),
                    new WatchEngine(store, context.clock(), watcher), schedule, new SessionWatch(), events -> {
                        lines.print(events);
                        if (execs != null) {
                            execs.run(events);
                        }
                    }, this::renew, s -> checkPriceAlerts(s, store), this::note);
            var loop = new WatchLoop(parts, context.clock());
            announce(session);
            shutdown.onSignal(loop::stop);
            int code = loop.run(session);
            if (code == ExitCode.SESSION_ENDED) {
                note("spotspec watch: the MFA session ended and there is no terminal to ask for a fresh code: stopped "
                        + "(exit code " + ExitCode.SESSION_ENDED + "). Start it again with a new code to go on.");
            }
            if (loop.session() != session) {
                loop.session().close();
            }
            return code;
        }
    }

    private void announce(AwsSession session) {
        note("Watching " + String.join(", ", regions) + " every " + interval + " s as " + session.identity().arn()
                + (archive.none ? " (events kept in memory: --no-archive)" : "") + ". Ctrl+C stops.");
        var then = context.terminal().interactive() ? "; a fresh code will be asked for then."
                : "; without a terminal the watch stops then (exit code 6).";
        session.remaining(context.clock().instant()).ifPresent(left -> note("The MFA session lasts " + left.toHours()
                + " h " + left.toMinutesPart() + " min more" + then));
        rules.forEach(rule -> note("Price alert: " + rule.describe() + "."));
    }

    /** The store events go to: the archive's, or memory with --no-archive; empty (reported) when it cannot be had. */
    private Optional<EventStore> store(ArchiveHandle handle) {
        if (archive.none) {
            return Optional.of(new MemoryEventStore());
        }
        var opened = handle.get();
        if (opened.isEmpty()) {
            note("spotspec watch: " + handle.problem() + " (or pass --no-archive)");
            return Optional.empty();
        }
        try {
            var store = opened.map(PriceArchive::events).orElseThrow();
            store.unacknowledged(); // fails now, not at the first event, if the archive cannot keep events
            return Optional.of(store);
        } catch (UnsupportedOperationException e) {
            note("spotspec watch: this price archive cannot keep events yet; pass --no-archive.");
            return Optional.empty();
        } catch (RuntimeException e) {
            note("spotspec watch: the price archive cannot keep events: " + e.getMessage() + " (or pass --no-archive)");
            return Optional.empty();
        }
    }

    /**
     * A fresh MFA session from a code typed on the terminal; empty when there is no terminal or no
     * code comes. A failed renewal (a wrong code) is reported and the same session returned, so
     * the loop, still paused, asks again.
     */
    private Optional<AwsSession> renew(AwsSession ended) {
        Optional<AwsSession> renewed;
        try {
            renewed = signIn.renew(ended);
        } catch (RuntimeException e) {
            printProblem(org.spotspec.aws.ErrorTranslator.translate("Renew the MFA session", e));
            return Optional.of(ended);
        }
        renewed.ifPresent(fresh -> {
            fresh.remaining(context.clock().instant()).ifPresent(left -> note("Renewed: the MFA session lasts "
                    + left.toHours() + " h " + left.toMinutesPart() + " min more."));
            if (ended != original) {
                ended.close(); // a renewal of ours, replaced in turn; polls still holding it failed anyway
            }
        });
        return renewed;
    }

    /**
     * Judges the {@code --alert} rules on the archive's prices (their series fetched first: only the
     * minutes since their last sync), at most every {@link #ALERT_CHECKS}; the alerts that fired, as
     * stored. Called by the loop once per interval.
     */
    List<StoredEvent> checkPriceAlerts(AwsSession session, EventStore store) {
        var now = context.clock().instant();
        if (rules.isEmpty() || (lastAlertCheck != null && now.isBefore(lastAlertCheck.plus(ALERT_CHECKS)))) {
            return List.of();
        }
        lastAlertCheck = now;
        var max = maxPrice == null ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(org.spotspec.prices.PriceInput.parseMaxPrice(maxPrice));
        return alertSync.check(session, rules, max);
    }

    /**
     * This watcher's name among those sharing an archive (the app, other machines): its snapshots
     * and alert states are its own, so it tells its user of every change the others saw too.
     */
    private final String watcher = WatchEngine.watcherName("cli", context.environment().variables());
}
