package org.spotspec.logging;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.spotspec.userdirs.UserDirs;

/**
 * Whether SpotSpec writes a log file, and in which folder: the user's log directory of each OS
 * ({@link UserDirs#logs()}: {@code %LOCALAPPDATA%\SpotSpec\logs}, {@code ~/Library/Logs/SpotSpec},
 * {@code $XDG_STATE_HOME/SpotSpec/logs}).
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
        return Optional.of(new UserDirs(env, osName, home).logs());
    }

    static boolean enabled(UnaryOperator<String> properties) {
        var explicit = properties.apply(ENABLE_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.trim());
        }
        var appPath = properties.apply(JPACKAGE_APP_PATH);
        return appPath != null && !appPath.isBlank();
    }
}
