package org.spotspec.cli;

import java.util.ArrayList;
import java.util.List;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.instances.InstanceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spotspec terminate}: terminates instances, each id reported on its own. */
@Command(name = "terminate", mixinStandardHelpOptions = true, abbreviateSynopsis = true, versionProvider = VersionProvider.class,
        description = {"Terminate instances. A persistent spot request launches a replacement: cancel it first "
                + "(spotspec cancel --terminate-instances).", "Asks for confirmation on a terminal; --yes in scripts."},
        footer = {"", "Examples:", "  spotspec terminate i-0abc1234def567890",
            "  spotspec terminate i-0abc1234def567890 --dry-run"})
final class TerminateCommand extends AwsCommand {
    @Parameters(paramLabel = "<instance-id>", arity = "1..*", description = "Instance ids, e.g. i-0abc1234def567890.")
    List<String> ids = new ArrayList<>();

    @Mixin
    TerminalConfirmation confirmation = new TerminalConfirmation();

    private final InstanceService instances;

    TerminateCommand(CliContext context, InstanceService instances) {
        super(context);
        this.instances = instances;
    }

    @Override
    void check() {
        ids = Ids.check(ids, Ids.INSTANCE, "i-0abc1234def567890");
    }

    @Override
    void beforeSignIn() {
        confirmation.refuseWithoutTerminal(context, "terminate");
    }

    @Override
    String action() {
        return confirmation.dryRun ? "Terminate instances (dry run)" : "Terminate instances";
    }

    @Override
    int run(AwsSession session) {
        confirmation.ask(context, List.of("About to terminate " + TerminalConfirmation.count(ids.size(), "instance") + " in "
                + session.region().id() + ": " + String.join(", ", ids)));
        var outcomes = confirmation.dryRun ? instances.terminateDryRun(session, ids) : instances.terminate(session, ids);
        return printOutcomes(outcomes);
    }
}
