package org.spotspec;

import javafx.application.Application;
import org.spotspec.about.AppInfo;
import org.spotspec.cli.Cli;
import org.spotspec.logging.JavaFxClassPathWarning;
import org.spotspec.logging.StartTrace;

/**
 * Entry point. A plain class (not an {@code Application}) so the app starts from the class
 * path without the JavaFX launcher's module checks. With a command ({@code spotspec prices ...})
 * it runs the command line instead, and never touches the toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartTrace.mark("main");
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
        WarmUp.start();
        JavaFxClassPathWarning.silence();
        StartTrace.mark("launching the toolkit");
        Application.launch(App.class, args);
    }
}
