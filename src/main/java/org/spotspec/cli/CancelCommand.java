package org.spotspec.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.requests.SpotCleanup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code spotspec cancel}: cancels spot requests, and with {@code --terminate-instances} then
 * terminates their instances, in that order (as the Requests tab does, through {@link SpotCleanup}):
 * those the requests list before the cancel and after it. When the MFA session ends in between, a
 * person at a terminal is asked for a fresh code and the terminate goes on.
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

    private final SpotCleanup cleanup;

    CancelCommand(CliContext context, SpotCleanup cleanup) {
        super(context);
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
        // Read before the cancel too: a cancelled request may no longer list its instance.
        var before = terminate ? instancesBefore(session) : Optional.<Map<String, String>>empty();
        confirmation.ask(context, plan(session, before));
        var renewed = new ArrayList<AwsSession>();
        try {
            var outcomes = cleanup.cancel(session, ids, before.orElse(Map.of()), terminate, confirmation.dryRun,
                    expired -> signIn.renew(expired).map(s -> {
                        renewed.add(s);
                        return s;
                    }));
            return printOutcomes(outcomes);
        } finally {
            renewed.forEach(AwsSession::close);
        }
    }

    /** Each request's instance now; empty when EC2 could not say (the cancel's read after still counts). */
    private Optional<Map<String, String>> instancesBefore(AwsSession session) {
        try {
            return Optional.of(cleanup.instancesOf(session, ids));
        } catch (SdkException e) {
            note("spotspec: could not read the requests' instances before the cancel: "
                    + ErrorTranslator.translate("Describe spot requests", e).meaning());
            return Optional.empty();
        }
    }

    /** What will happen, with the instances read fresh from EC2 when they are to be terminated too. */
    private List<String> plan(AwsSession session, Optional<Map<String, String>> before) {
        var lines = new ArrayList<String>();
        lines.add("About to cancel " + TerminalConfirmation.count(ids.size(), "spot request") + " in "
                + session.region().id() + ": " + String.join(", ", ids));
        if (terminate) {
            lines.add(before.map(CancelCommand::instancesLine).orElse("then terminate their instances"));
        }
        return lines;
    }

    private static String instancesLine(Map<String, String> byRequest) {
        var instances = new LinkedHashSet<>(byRequest.values());
        return instances.isEmpty() ? "then terminate their instances (none running now)"
                : "then terminate " + TerminalConfirmation.count(instances.size(), "instance") + ": "
                        + String.join(", ", instances);
    }
}
