package org.spotspec.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.spotspec.aws.AwsProblem;
import org.spotspec.aws.AwsSession;
import org.spotspec.aws.ErrorTranslator;
import org.spotspec.aws.IdOutcome;
import org.spotspec.cli.output.Printer;
import org.spotspec.cli.output.ResultTable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that signs in and calls AWS: check the options (no request yet), sign in (asking for
 * the MFA code if needed), run, print. Every failure becomes an exit code and lines on stderr;
 * AWS's errors are explained by the {@link ErrorTranslator}, with the same words as the app.
 */
abstract class AwsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    final CliContext context;
    /** How this run signed in; also renews an expired MFA session (see {@link SignIn#renew}). */
    SignIn signIn;

    AwsCommand(CliContext context) {
        this.context = context;
    }

    /** Checks this command's own options; throws {@link CliFailure#usage} naming the option. */
    abstract void check();

    /** Whether {@code --region} may be given more than once (prices only). */
    boolean multiRegion() {
        return false;
    }

    /** Once sign-in is planned (region known), still before any request: checks that need the region. */
    void planned(SignIn.Plan plan) {
    }

    /** Before signing in, after every check: the place to refuse a destructive run. */
    void beforeSignIn() {
    }

    /** What the command does, for error headlines, e.g. "List spot requests". */
    abstract String action();

    abstract int run(AwsSession session);

    @Override
    public Integer call() {
        String doing = action();
        try {
            check();
            if (!multiRegion() && common.regions.size() > 1) {
                throw CliFailure.usage("--region: this command works on one region at a time.");
            }
            signIn = new SignIn(context);
            var plan = signIn.plan(common);
            planned(plan);
            beforeSignIn();
            doing = "Sign in";
            try (var session = signIn.open(plan)) {
                doing = action();
                return run(session);
            }
        } catch (CliFailure failure) {
            context.err().println("spotspec " + spec.name() + ": " + Cli.scrub(failure.getMessage()));
            if (failure.exitCode() == ExitCode.USAGE) {
                context.err().println("Try 'spotspec " + spec.name() + " --help'.");
            }
            return failure.exitCode();
        } catch (RuntimeException e) {
            var problem = ErrorTranslator.translate(doing, e);
            if (doing.equals("Sign in") && isUnreachable(problem)) {
                var offline = whenOffline(problem);
                if (offline.isPresent()) {
                    return offline.get();
                }
            }
            printProblem(problem);
            afterProblem(problem);
            // Found before asking AWS (no such profile, no keys in the environment): fix the call.
            return problem.kind() == AwsProblem.Kind.LOCAL ? ExitCode.USAGE : ExitCode.AWS_ERROR;
        }
    }

    /** What a command adds below a failure's explanation (default: nothing). */
    void afterProblem(AwsProblem problem) {
    }

    /** The regions a multi-region command works on: those given, else the sign-in's own. */
    List<String> regions(SignIn.Plan plan) {
        return common.regions.isEmpty() ? List.of(plan.region().id())
                : common.regions.stream().map(String::trim).distinct().toList();
    }

    private static boolean isUnreachable(AwsProblem problem) {
        return problem.kind() == AwsProblem.Kind.NETWORK || problem.kind() == AwsProblem.Kind.TIMEOUT;
    }

    /**
     * When AWS cannot be reached at all (no network, endpoint down): what a command can still do
     * without it, and its exit code; empty (the default) to report the failure as usual.
     */
    Optional<Integer> whenOffline(AwsProblem unreachable) {
        return Optional.empty();
    }

    /** Prints one row per id, reports failures on stderr, and returns the exit code they make. */
    int printOutcomes(List<IdOutcome> outcomes) {
        print(IdResults.rows(outcomes));
        IdResults.report(context, outcomes);
        return IdResults.exitCode(outcomes);
    }

    void print(ResultTable rows) {
        Printer.print(rows, common.output, context.out());
    }

    /** The headline, then what it means, what to do, AWS's words, HTTP status and request id. */
    void printProblem(AwsProblem problem) {
        context.err().println("spotspec: " + problem.headline());
        Wording.forTerminal(problem.details()).lines().forEach(line -> context.err().println("  " + line));
    }

    /** A note for people on stderr, so stdout stays the result alone. */
    void note(String text) {
        context.err().println(text);
    }
}
