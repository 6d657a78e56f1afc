package org.spotspec;

import javafx.application.Application;

/**
 * Entry point. A plain class (not an {@code Application}) so the app starts from the class
 * path without the JavaFX launcher's module checks.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
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
        Application.launch(App.class, args);
    }
}
