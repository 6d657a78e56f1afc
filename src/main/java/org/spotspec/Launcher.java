package org.spotspec;

import ch.qos.logback.classic.LoggerContext;
import javafx.application.Application;
import org.slf4j.LoggerFactory;
import org.spotspec.aws.AwsRegions;
import org.spotspec.cli.Cli;
import org.spotspec.logging.FileLogging;
import org.spotspec.logging.LogLocation;

/**
 * Entry point. A plain class (not an {@code Application}) so the app starts from the class
 * path without the JavaFX launcher's module checks. With a command ({@code spotspec prices ...})
 * it runs the command line instead, and never touches the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            // A command: headless, no toolkit; the exit code tells scripts how it went.
            System.exit(Cli.runFromSystem(args));
        }
        for (var arg : args) {
            if (arg.equals("--version") || arg.equals("-V")) {
                var info = AppInfo.load();
                System.out.println(info.name() + " " + info.version());
                return;
            }
            if (arg.equals(FirstWindowProbe.SWITCH)) {
                // Shows the sign-in window, reports its first pulse, exits (CI, figures, CDS training).
                System.setProperty(App.SMOKE_TEST_PROPERTY, "true");
            }
        }
        warmUp();
        startFileLogging();
        Application.launch(App.class, args);
    }

    /**
     * Loads what the sign-in view needs and takes long to load (the SDK's region metadata) on
     * another core while logging and the toolkit start, so the first window does not wait for it.
     */
    private static void warmUp() {
        var thread = new Thread(AwsRegions::commercial, "spotspec-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * When installed (or asked to), log to a rotating file in the user's log folder as well,
     * before the toolkit starts so that its startup problems are in the file too.
     */
    private static void startFileLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            LogLocation.fromSystem().ifPresent(dir -> FileLogging.start(context, dir));
        }
    }
}
