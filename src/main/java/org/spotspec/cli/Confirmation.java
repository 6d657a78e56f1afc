package org.spotspec.cli;

import java.util.List;
import java.util.Locale;

/**
 * The guard in front of cancel and terminate: without {@code --yes} they act only when a person
 * at a terminal reads what will happen and answers yes. A script without {@code --yes} is
 * refused before anything is sent; a dry run changes nothing and needs no answer.
 */
final class Confirmation {
    private Confirmation() {
    }

    /** Refuses at once when no one can be asked; call before signing in. */
    static void refuseWithoutTerminal(CliContext context, String what, boolean yes, boolean dryRun) {
        if (!yes && !dryRun && !context.terminal().interactive()) {
            throw new CliFailure(ExitCode.NOT_CONFIRMED, "Not confirmed, nothing was changed: " + what
                    + " needs --yes when there is no terminal to ask on.");
        }
    }

    /** Shows {@code plan} on stderr and asks; anything but y or yes leaves everything as it is. */
    static void ask(CliContext context, List<String> plan, boolean yes, boolean dryRun) {
        if (yes || dryRun) {
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
