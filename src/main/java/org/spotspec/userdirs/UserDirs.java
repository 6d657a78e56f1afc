package org.spotspec.userdirs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SpotSpec's per-user folders, by each OS's convention, worked out once for the settings file
 * ({@code settings.SettingsStore}), the log files ({@code logging.LogLocation}) and the data
 * (the price archive, see {@link #data()}):
 * <ul>
 *   <li>Windows: settings in {@code %APPDATA%\SpotSpec} (roaming: they follow the user), logs in
 *       {@code %LOCALAPPDATA%\SpotSpec\logs} (local: logs stay on the machine); without the
 *       variable, {@code ~\AppData\Roaming} and {@code ~\AppData\Local}.</li>
 *   <li>macOS: {@code ~/Library/Application Support/SpotSpec} and {@code ~/Library/Logs/SpotSpec}
 *       (where Console.app looks).</li>
 *   <li>Linux and others: {@code $XDG_CONFIG_HOME/spotspec}, by default {@code ~/.config/spotspec},
 *       and {@code $XDG_STATE_HOME/SpotSpec/logs}, by default {@code ~/.local/state/SpotSpec/logs}
 *       (the XDG base directory spec puts logs in state).</li>
 * </ul>
 * Everything is passed in, so tests can describe any machine. A leaf package, so that every
 * layer may use it without a package cycle.
 */
public final class UserDirs {
    private static final String APP_FOLDER = "SpotSpec";

    private enum Os { WINDOWS, MAC, OTHER }

    private final Map<String, String> env;
    private final Os os;
    private final Path home;

    /**
     * @param env the environment variables
     * @param osName the {@code os.name} system property (null: neither Windows nor macOS)
     * @param home the user's home folder; its file system makes the paths
     */
    public UserDirs(Map<String, String> env, String osName, Path home) {
        this.env = env;
        this.home = home;
        var name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.os = name.startsWith("windows") ? Os.WINDOWS
                : name.startsWith("mac") || name.startsWith("darwin") ? Os.MAC : Os.OTHER;
    }

    /** The folder of SpotSpec's settings file. */
    public Path settings() {
        // The variables are read as they were before the two folders shared this class, so that no
        // one's settings move: as given (not trimmed), and %APPDATA% even when relative.
        return switch (os) {
            case WINDOWS -> variable("APPDATA", false).orElse(home.resolve("AppData").resolve("Roaming"))
                    .resolve(APP_FOLDER);
            case MAC -> home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
            // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
            case OTHER -> variable("XDG_CONFIG_HOME", false).filter(Path::isAbsolute)
                    .orElse(home.resolve(".config")).resolve("spotspec");
        };
    }

    /** The folder SpotSpec writes its log files into. */
    public Path logs() {
        // Trimmed, and only when absolute, as the log folder always read them.
        return switch (os) {
            case WINDOWS -> variable("LOCALAPPDATA", true).filter(Path::isAbsolute)
                    .orElse(home.resolve("AppData").resolve("Local")).resolve(APP_FOLDER).resolve("logs");
            case MAC -> home.resolve("Library").resolve("Logs").resolve(APP_FOLDER);
            // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
            case OTHER -> variable("XDG_STATE_HOME", true).filter(Path::isAbsolute)
                    .orElse(home.resolve(".local").resolve("state")).resolve(APP_FOLDER).resolve("logs");
        };
    }

    /**
     * The folder of SpotSpec's data (the price archive): {@code %LOCALAPPDATA%\SpotSpec} on
     * Windows (local: a database does not roam), {@code ~/Library/Application Support/SpotSpec}
     * on macOS, {@code $XDG_DATA_HOME/spotspec}, by default {@code ~/.local/share/spotspec}, elsewhere.
     */
    public Path data() {
        return switch (os) {
            case WINDOWS -> variable("LOCALAPPDATA", true).filter(Path::isAbsolute)
                    .orElse(home.resolve("AppData").resolve("Local")).resolve(APP_FOLDER);
            case MAC -> home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
            // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
            case OTHER -> variable("XDG_DATA_HOME", true).filter(Path::isAbsolute)
                    .orElse(home.resolve(".local").resolve("share")).resolve("spotspec");
        };
    }

    /** The variable as a path of the home folder's file system; empty when unset or blank. */
    private Optional<Path> variable(String name, boolean trimmed) {
        var value = env.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(home.getFileSystem().getPath(trimmed ? value.trim() : value));
    }
}
