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
        }
        Application.launch(App.class, args);
    }
}
