package org.spotspec.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.requests.SpotCleanup;
import org.spotspec.aws.requests.SpotRequest;
import org.spotspec.aws.requests.SpotRequestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code spotspec cancel}: cancels spot requests, and with {@code --terminate-instances} then
 * terminates their instances, in that order (as the Requests tab does, through {@link SpotCleanup}).
 */
@Command(name = "cancel", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"Cancel spot instance requests. Cancelling does not terminate their instances: add "
                + "--terminate-instances for that.", "Asks for confirmation on a terminal; --yes in scripts."},
        footer = {"", "Examples:", "  spotspec cancel sir-8f3c2a1b --terminate-instances",
            "  spotspec cancel sir-8f3c2a1b sir-2b3c4d5e --dry-run", "  spotspec cancel sir-8f3c2a1b --yes -o json"})
final class CancelCommand extends AwsCommand {
    @Parameters(paramLabel = "<request-id>", arity = "1..*", description = "Spot request ids, e.g. sir-8f3c2a1b.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--terminate-instances", description = "Then terminate the instances the requests launched.")
    boolean terminate;

    @Mixin
    TerminalConfirmation confirmation = new TerminalConfirmation();

    private final SpotRequestService requests;
    private final SpotCleanup cleanup;

    CancelCommand(CliContext context, SpotRequestService requests, SpotCleanup cleanup) {
        super(context);
        this.requests = requests;
        this.cleanup = cleanup;
    }

    @Override
    void check() {
        ids = Ids.check(ids, Ids.REQUEST, "sir-8f3c2a1b");
    }

    @Override
    void beforeSignIn() {
        confirmation.refuseWithoutTerminal(context, "cancel");
    }

    @Override
    String action() {
        return confirmation.dryRun ? "Cancel spot requests (dry run)" : "Cancel spot requests";
    }

    @Override
    int run(AwsSession session) {
        confirmation.ask(context, plan(session));
        var outcomes = cleanup.cancel(session, ids, Map.of(), terminate, confirmation.dryRun);
        return printOutcomes(outcomes);
    }

    /** What will happen, read fresh from EC2 when instances are to be terminated too. */
    private List<String> plan(AwsSession session) {
        var lines = new ArrayList<String>();
        lines.add("About to cancel " + TerminalConfirmation.count(ids.size(), "spot request") + " in "
                + session.region().id() + ": " + String.join(", ", ids));
        if (terminate && !confirmation.answered()) {
            lines.add(instancesLine(session));
        }
        return lines;
    }

    private String instancesLine(AwsSession session) {
        try {
            var instances = new LinkedHashSet<String>();
            requests.describe(session, ids).stream().filter(SpotRequest::hasInstance)
                    .forEach(r -> instances.add(r.instanceId()));
            return instances.isEmpty() ? "then terminate their instances (none running now)"
                    : "then terminate " + TerminalConfirmation.count(instances.size(), "instance") + ": "
                            + String.join(", ", instances);
        } catch (SdkException e) {
            return "then terminate their instances";
        }
    }
}
