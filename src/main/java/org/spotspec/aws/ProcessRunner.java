package org.spotspec.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a program directly (no shell) with standard input closed, in a given folder, and collects
 * what it writes, within a time limit. On timeout the program and every process it started are
 * killed. Nothing here logs: standard output may carry secrets.
 */
final class ProcessRunner {
    /** The AWS SDKs' limit for a credential process's answer; more is a fault, not credentials. */
    static final int OUTPUT_LIMIT = 64 * 1024;
    private static final int ERROR_LIMIT = 16 * 1024;

    /** How a run ended. {@code stdout} may hold secrets: never print or log it. */
    record Result(int exitCode, String stdout, String stderr, boolean outputTooLarge) {
        @Override
        public String toString() {
            return "Result[exit " + exitCode + "]";
        }
    }

    /** The program did not finish in time and was killed with its children. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient String stderr;

        TimedOut(String stderr) {
            super("timed out");
            this.stderr = stderr;
        }

        String stderr() {
            return stderr;
        }
    }

    private final Path directory;
    private final Duration timeout;

    ProcessRunner(Path directory, Duration timeout) {
        this.directory = directory;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Runs {@code argv}; the first word is the program, found on the PATH as a shell would.
     *
     * @throws IOException when the program cannot be started
     * @throws TimedOut    when it runs longer than the timeout
     */
    Result run(List<String> argv) throws IOException, TimedOut, InterruptedException {
        var process = new ProcessBuilder(argv).directory(directory.toFile()).start();
        process.getOutputStream().close(); // standard input at end of file: nothing to read, nothing to wait for
        var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream(), OUTPUT_LIMIT), daemon());
        var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream(), ERROR_LIMIT), daemon());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new TimedOut(killAndCollect(process, err));
            }
            // A child left running may hold the pipes open after the program itself ended.
            long left = Math.max(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100));
            var stdout = out.get(left, TimeUnit.NANOSECONDS);
            var stderr = err.get(left, TimeUnit.NANOSECONDS);
            return new Result(process.exitValue(), text(stdout), text(stderr), stdout.size() > OUTPUT_LIMIT);
        } catch (TimeoutException e) {
            throw new TimedOut(killAndCollect(process, err));
        } catch (ExecutionException e) {
            throw new IOException("reading the process's output failed", e.getCause());
        } finally {
            if (process.isAlive()) {
                kill(process);
            }
        }
    }

    private static String killAndCollect(Process process, CompletableFuture<ByteArrayOutputStream> err) {
        kill(process);
        try {
            return text(err.get(2, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            return "";
        }
    }

    /** Children first: once the parent is gone they are no longer its descendants. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads to the end, keeping one byte over {@code limit} so that too much can be told apart. */
    private static ByteArrayOutputStream read(InputStream in, int limit) {
        var kept = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                kept.write(buffer, 0, Math.max(0, Math.min(n, limit + 1 - kept.size())));
            }
        } catch (IOException e) {
            // The pipe closed under us (the process was killed): what came so far is all there is.
        }
        return kept;
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static java.util.concurrent.Executor daemon() {
        return task -> {
            var thread = new Thread(task, "credential-process-reader");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
