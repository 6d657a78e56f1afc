package org.spotspec.ui.common;

import java.net.URL;
import java.util.Optional;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Where the theme and the app's stylesheet are. The build also writes each in JavaFX's binary
 * CSS form ({@code .bss}, see the pom): loading that skips parsing the theme's CSS text, a large
 * part of the time to the first window. From an IDE build without it, the CSS text is used.
 */
public final class Stylesheets {
    private static final String BINARY_THEME = "/org/spotspec/ui/primer-light.bss";
    private static final String APP = "/org/spotspec/ui/spotspec";
    /** An empty stylesheet: JavaFX reads data URIs as stylesheets. */
    static final String NONE = "data:text/css,";

    private Stylesheets() {
    }

    /**
     * Styles {@code scene} as the app's window: the theme as the user agent stylesheet (one for
     * the whole application, so every later window has it too) and the app's stylesheet on top.
     * Dialogs take their owner's stylesheets. Row heights and layouts depend on both.
     */
    public static void applyTo(Scene scene) {
        Application.setUserAgentStylesheet(theme());
        scene.getStylesheets().add(app());
    }

    /**
     * Until {@link #applyTo} runs, no user agent stylesheet at all: the start screen needs none. Without
     * this, the first control made anywhere (the sign-in view, built on another thread) has JavaFX queue
     * loading its own theme, Modena, on the FX thread, where it delayed the start screen's first frame
     * by about 30 ms (measured) only to be replaced by the app's theme.
     */
    public static void noneYet() {
        Application.setUserAgentStylesheet(NONE);
    }

    /** The user agent stylesheet: AtlantaFX's Primer Light. */
    public static String theme() {
        return resource(BINARY_THEME).map(URL::toExternalForm)
                .orElseGet(() -> new PrimerLight().getUserAgentStylesheet());
    }

    /** The app's own stylesheet, on top of the theme. */
    public static String app() {
        return resource(APP + ".bss").or(() -> resource(APP + ".css")).map(URL::toExternalForm)
                .orElseThrow(() -> new IllegalStateException("Missing " + APP + ".css"));
    }

    private static Optional<URL> resource(String path) {
        return Optional.ofNullable(Stylesheets.class.getResource(path));
    }
}
