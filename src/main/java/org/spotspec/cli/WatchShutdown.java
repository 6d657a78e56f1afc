package org.spotspec.cli;

import java.time.Duration;
import org.spotspec.aws.AwsSession;

/**
 * Ends {@code spotspec watch} cleanly on SIGINT or SIGTERM with exit code 0: the JVM's shutdown
 * hook stops the loop, lets the polls in flight finish and their lines be flushed, then ends the
 * process with 0 (on a signal the JVM would otherwise exit with 128 + the signal's number, which
 * service managers such as systemd count as a failure).
 */
final class WatchShutdown {
    /** How long the polls in flight get to finish once a signal came. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private WatchShutdown() {
    }

    /** Runs the loop with the hook installed; the hook is removed again when the loop ends by itself. */
    static int runUntilSignal(WatchLoop loop, AwsSession session, CliContext context) {
        var hook = new Thread(() -> {
            loop.stop();
            loop.awaitEnd(GRACE);
            context.out().flush();
            context.err().println("spotspec watch: stopped.");
            context.err().flush();
            Runtime.getRuntime().halt(ExitCode.OK);
        }, "spotspec-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return loop.run(session);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // A signal came: the hook is running and ends the process itself.
            }
        }
    }
}
