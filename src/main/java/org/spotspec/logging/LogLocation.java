package org.spotspec.logging;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Whether SpotSpec writes a log file, and in which folder: the user's log directory of each OS.
 * <ul>
 *   <li>Windows: {@code %LOCALAPPDATA%\SpotSpec\logs} (local, not roaming: logs stay on the machine)</li>
 *   <li>macOS: {@code ~/Library/Logs/SpotSpec} (where Console.app looks)</li>
 *   <li>Linux and others: {@code $XDG_STATE_HOME/SpotSpec/logs}, by default
 *       {@code ~/.local/state/SpotSpec/logs} (the XDG base directory spec puts logs in state)</li>
 * </ul>
 * File logging is on when the app runs from an installer's launcher, which jpackage marks with
 * the system property {@value #JPACKAGE_APP_PATH}; {@code -Dspotspec.logFile=true|false} overrides
 * that either way, and {@code -Dspotspec.logDir=<folder>} chooses another folder.
 * Everything is passed in, so tests can describe any machine.
 */
public final class LogLocation {
    public static final String FILE_NAME = "spotspec.log";
    public static final String ENABLE_PROPERTY = "spotspec.logFile";
    public static final String DIR_PROPERTY = "spotspec.logDir";
    /** Set by every jpackage launcher to the launcher's own path. */
    public static final String JPACKAGE_APP_PATH = "jpackage.app-path";
    private static final String APP_FOLDER = "SpotSpec";

    private LogLocation() {
    }

    /** The folder to log into for this JVM, or empty when the app logs to the console only. */
    public static Optional<Path> fromSystem() {
        return resolve(System::getProperty, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The folder to log into, or empty when file logging is off.
     *
     * @param properties system properties by name (null when unset)
     */
    public static Optional<Path> resolve(UnaryOperator<String> properties, Map<String, String> env, String osName,
                                         Path home) {
        if (!enabled(properties)) {
            return Optional.empty();
        }
        var dir = properties.apply(DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Optional.of(home.getFileSystem().getPath(dir.trim()));
        }
        return Optional.of(directory(env, osName, home));
    }

    static boolean enabled(UnaryOperator<String> properties) {
        var explicit = properties.apply(ENABLE_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        var appPath = properties.apply(JPACKAGE_APP_PATH);
        return appPath != null && !appPath.isBlank();
    }

    /** The OS's per-user log folder for SpotSpec. */
    public static Path directory(Map<String, String> env, String osName, Path home) {
        var os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            var local = absolute(env.get("LOCALAPPDATA"), home);
            return local.orElse(home.resolve("AppData").resolve("Local")).resolve(APP_FOLDER).resolve("logs");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Logs").resolve(APP_FOLDER);
        }
        // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
        var state = absolute(env.get("XDG_STATE_HOME"), home);
        return state.orElse(home.resolve(".local").resolve("state")).resolve(APP_FOLDER).resolve("logs");
    }

    private static Optional<Path> absolute(String value, Path home) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var path = home.getFileSystem().getPath(value.trim());
        return path.isAbsolute() ? Optional.of(path) : Optional.empty();
    }
}
