package org.spotspec.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.spotspec.watch.StoredEvent;

/**
 * {@code --exec CMD}: runs the command (split at spaces, no shell: nothing in an event can inject
 * one) once per event with the event's JSON on standard input, one at a time and in order, on a
 * thread of its own so a slow webhook never delays polling. A failure (exit code, cannot start,
 * timeout) is reported on stderr and the watch goes on.
 */
final class EventExec implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<String> command;
    private final Duration timeout;
    private final PrintStream err;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "spotspec-watch-exec");
        t.setDaemon(true);
        return t;
    });

    EventExec(String command, Duration timeout, PrintStream err) {
        this.command = Arrays.stream(command.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        this.timeout = timeout;
        this.err = err;
    }

    /** Queues a run per event; returns at once. */
    void run(List<StoredEvent> events) {
        events.forEach(e -> runner.execute(() -> runOne(EventLines.json(e.event()))));
    }

    private void runOne(String json) {
        var name = command.get(0);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            report("cannot start " + name + ": " + e.getMessage());
            return;
        }
        try (var in = process.getOutputStream()) {
            in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // It may exit without reading its input; its exit code says whether that was a failure.
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // Its children too: a script's curl would otherwise hang on after it.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                report(name + " did not finish within " + timeout.toSeconds() + " s and was stopped");
            } else if (process.exitValue() != 0) {
                report(name + " failed with exit code " + process.exitValue());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void report(String what) {
        synchronized (err) {
            err.println("spotspec watch: --exec: " + what + "; the watch goes on.");
            err.flush();
        }
    }

    /** Lets queued runs finish for a few seconds, then gives up on them. */
    @Override
    public void close() {
        runner.shutdown();
        try {
            if (!runner.awaitTermination(5, TimeUnit.SECONDS)) {
                runner.shutdownNow();
            }
        } catch (InterruptedException e) {
            runner.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
