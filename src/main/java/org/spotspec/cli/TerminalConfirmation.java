package org.spotspec.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The guard in front of cancel and terminate, with its two options ({@code @Mixin} of both
 * commands): without {@code --yes} they act only when a person at a terminal reads what will
 * happen and answers yes. A script without {@code --yes} is refused before anything is sent; a
 * dry run changes nothing and needs no answer.
 */
final class TerminalConfirmation {
    @Option(names = "--dry-run", description = "Ask EC2 whether it would be allowed; change nothing.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    /** Whether the answer is already given: by {@code --yes}, or as a dry run needs none. */
    boolean answered() {
        return yes || dryRun;
    }

    /** Refuses at once when no one can be asked; call before signing in. */
    void refuseWithoutTerminal(CliContext context, String what) {
        if (!answered() && !context.terminal().interactive()) {
            throw new CliFailure(ExitCode.NOT_CONFIRMED, "Not confirmed, nothing was changed: " + what
                    + " needs --yes when there is no terminal to ask on.");
        }
    }

    /** Shows {@code plan} on stderr and asks; anything but y or yes leaves everything as it is. */
    void ask(CliContext context, List<String> plan) {
        if (answered()) {
            return;
        }
        plan.forEach(line -> context.err().println(line));
        var answer = context.ask("Proceed? [y/N] ");
        var a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        if (!a.equals("y") && !a.equals("yes")) {
            throw new CliFailure(ExitCode.NOT_CONFIRMED, "Not confirmed, nothing was changed.");
        }
    }

    /** {@code 2 spot requests}, {@code 1 instance}. */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
