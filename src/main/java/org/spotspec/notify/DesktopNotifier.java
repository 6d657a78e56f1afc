package org.spotspec.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's own notifications, through the tool the OS already has: {@code notify-send} on
 * Linux (freedesktop notifications), {@code osascript} on macOS. Not {@code java.awt.SystemTray}:
 * that would add {@code java.desktop} (and its 10 MB) to the packaged runtime for one popup.
 *
 * <p>The tool runs without a shell (the texts are arguments, never parsed as commands), on the
 * injected executor, and is given a few seconds; a failure is logged once and never reaches the user
 * as an error: the in-app notification has already said it.
 */
public final class DesktopNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final Kind kind;
    private final Path tool;
    private final String appName;
    private final Executor executor;
    private volatile boolean failedOnce;

    enum Kind { NOTIFY_SEND, OSASCRIPT }

    private DesktopNotifier(Kind kind, Path tool, String appName, Executor executor) {
        this.kind = kind;
        this.tool = tool;
        this.appName = appName;
        this.executor = executor;
    }

    /**
     * The desktop's notifier, when this OS has one SpotSpec knows and its tool is on the PATH.
     *
     * @param env    the environment (its PATH is searched)
     * @param osName {@code os.name}
     */
    public static Optional<DesktopNotifier> find(Map<String, String> env, String osName, String appName,
                                                 Executor executor) {
        var os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        var kind = os.contains("mac") ? Kind.OSASCRIPT : os.contains("linux") ? Kind.NOTIFY_SEND : null;
        if (kind == null) {
            return Optional.empty();
        }
        var name = kind == Kind.OSASCRIPT ? "osascript" : "notify-send";
        return onPath(env.getOrDefault("PATH", ""), name).map(tool -> new DesktopNotifier(kind, tool, appName, executor));
    }

    private static Optional<Path> onPath(String path, String name) {
        for (var dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            var candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The tool's name, for the settings' note ("through notify-send"). */
    public String toolName() {
        return tool.getFileName().toString();
    }

    /** Shows a notification; returns at once (the tool runs on the executor). */
    public void send(String title, String body, boolean urgent) {
        var command = command(title, body, urgent);
        executor.execute(() -> run(command));
    }

    List<String> command(String title, String body, boolean urgent) {
        var command = new ArrayList<String>();
        command.add(tool.toString());
        if (kind == Kind.NOTIFY_SEND) {
            command.addAll(List.of("--app-name=" + appName, "--urgency=" + (urgent ? "critical" : "normal"),
                    "--", title, body));
        } else {
            command.addAll(List.of("-e", "display notification " + appleString(body) + " with title "
                    + appleString(appName) + " subtitle " + appleString(title)));
        }
        return command;
    }

    /** An AppleScript string literal: the text cannot end it early. */
    static String appleString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void run(List<String> command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                failed("did not finish in " + TIMEOUT_SECONDS + " s");
            } else if (process.exitValue() != 0) {
                failed("exited with " + process.exitValue());
            }
        } catch (IOException e) {
            failed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(String why) {
        if (!failedOnce) {
            failedOnce = true;
            LOG.warn("Desktop notification through {} failed ({}); the app's own notifications still show",
                    toolName(), why);
        }
    }
}
