package org.spotspec.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends {@code spotspec watch} cleanly on SIGINT or SIGTERM with exit code 0: the JVM's shutdown
 * hook stops the loop, waits until the command has let the polls in flight finish, flushed its
 * lines and closed the archive, then ends the process with 0 (on a signal the JVM would otherwise
 * exit with 128 + the signal's number, which service managers such as systemd count as a failure).
 * Closing it (the command ended by itself) removes the hook.
 */
final class WatchShutdown implements AutoCloseable {
    /** How long the command gets to finish once a signal came. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile Runnable stop = () -> { };
    private volatile boolean signalled;

    WatchShutdown(CliContext context) {
        hook = new Thread(() -> {
            signalled = true;
            stop.run();
            try {
                finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            context.out().flush();
            context.err().println("spotspec watch: stopped.");
            context.err().flush();
            Runtime.getRuntime().halt(ExitCode.OK);
        }, "spotspec-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What a signal does; run at once if one already came (while the archive was opening). */
    void onSignal(Runnable action) {
        stop = action;
        if (signalled) {
            action.run();
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // A signal came: the hook is running and ends the process itself.
        }
    }
}
