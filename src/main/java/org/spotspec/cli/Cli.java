package org.spotspec.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.spotspec.aws.ClientSettings;
import org.spotspec.aws.Environment;
import org.spotspec.aws.SpotPriceService;
import org.spotspec.aws.capacity.PlacementScoreService;
import org.spotspec.aws.capacity.ZoneNames;
import org.spotspec.aws.instances.InstanceService;
import org.spotspec.aws.launch.FleetService;
import org.spotspec.aws.launch.LaunchService;
import org.spotspec.aws.requests.SpotCleanup;
import org.spotspec.aws.requests.SpotRequestService;
import picocli.CommandLine;

/**
 * The command line: {@code spotspec <command> [options]}, headless, for scripts and CI. Commands
 * parse, call the services the desktop app uses, and print; they hold no AWS logic of their own.
 * {@link #run} is the whole program with its streams, environment and terminal passed in, so tests
 * run it in-process; {@link #runFromSystem} wires it to the real ones.
 */
public final class Cli {
    /** Help switches that mean "command line"; every other switch belongs to the desktop app. */
    private static final Set<String> HELP = Set.of("--help", "-h");

    private final ClientSettings clientSettings;
    private final Clock clock;

    public Cli(ClientSettings clientSettings, Clock clock) {
        this.clientSettings = clientSettings;
        this.clock = clock;
    }

    /**
     * Whether these arguments ask for the command line: a command (a first argument that is no
     * switch, so a mistyped command is a usage error rather than a window), or help. The desktop
     * app takes switches only ({@code --smoke-test}, {@code --version}).
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || HELP.contains(args[0]));
    }

    /** Runs with the process's streams, environment and console; returns the exit code. */
    public static int runFromSystem(String[] args) {
        CliLogging.configure(Arrays.asList(args));
        return new Cli(ClientSettings.defaults(), Clock.systemUTC()).run(args, System.in, System.out, System.err,
                System.getenv(), Terminal.system());
    }

    /**
     * Runs one command.
     *
     * @param env the environment variables (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL, keys, HOME...)
     * @return the exit code ({@link ExitCode})
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                   Terminal terminal) {
        var environment = Environment.of(env);
        try (var context = new CliContext(in, out, err, environment, terminal, clock, clientSettings)) {
            var cli = commandLine(context);
            cli.setOut(new PrintWriter(out, true, Charset.defaultCharset()));
            cli.setErr(new PrintWriter(err, true, Charset.defaultCharset()));
            int code = cli.execute(args);
            out.flush();
            err.flush();
            return code;
        }
    }

    private static CommandLine commandLine(CliContext context) {
        var requests = new SpotRequestService();
        var instances = new InstanceService();
        var fleets = new FleetService(context.clock(), new SecureRandom());
        var archive = new CommandLine(new ArchiveCommand())
                .addSubcommand(new ArchiveSyncCommand(context, new SpotPriceService()))
                .addSubcommand(new ArchiveStatusCommand(context))
                .addSubcommand(new ArchiveExportCommand(context));
        var sso = new CommandLine(new SsoCommand())
                .addSubcommand(new SsoLoginCommand(context, d -> Thread.sleep(d.toMillis())));
        var cli = new CommandLine(new SpotspecCommand())
                .addSubcommand(new WhoamiCommand(context))
                .addSubcommand(new PricesCommand(context, new SpotPriceService()))
                .addSubcommand(new ScoresCommand(context, new PlacementScoreService(context.clock(), new ZoneNames())))
                .addSubcommand(new RequestsCommand(context, requests))
                .addSubcommand(new InstancesCommand(context, instances))
                .addSubcommand(new LaunchCommand(context, new LaunchService(), fleets))
                .addSubcommand(new TypesCommand(context, fleets))
                .addSubcommand(new CancelCommand(context, new SpotCleanup(requests, instances)))
                .addSubcommand(new TerminateCommand(context, instances))
                .addSubcommand(new WatchCommand(context, requests, instances, new SpotPriceService()))
                .addSubcommand(new EventsCommand(context))
                .addSubcommand(archive)
                .addSubcommand(sso)
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new picocli.AutoComplete.GenerateCompletion());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Stream.concat(Stream.of(cli), Stream.concat(cli.getSubcommands().values().stream(),
                Stream.concat(archive.getSubcommands().values().stream(), sso.getSubcommands().values().stream())))
                .forEach(sub -> {
            var usage = sub.getCommandSpec().usageMessage();
            usage.footer(Stream.concat(Arrays.stream(usage.footer()), Arrays.stream(ExitCode.FOOTER))
                    .toArray(String[]::new));
        });
        cli.setParameterExceptionHandler((e, args) -> {
            var name = e.getCommandLine().getCommandSpec().qualifiedName();
            e.getCommandLine().getErr().println(name + ": " + scrub(e.getMessage()));
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, e.getCommandLine().getErr());
            }
            e.getCommandLine().getErr().println("Try '" + name + " --help'.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("spotspec: unexpected " + e.getClass().getSimpleName() + "; run with --debug "
                    + "and report it.");
            return ExitCode.AWS_ERROR;
        });
        return cli;
    }

    /** A mistyped option may put an MFA code into a usage message: never repeat six digits. */
    static String scrub(String message) {
        return message == null ? "" : message.replaceAll("(?<!\\d)\\d{6}(?!\\d)", "******");
    }
}
