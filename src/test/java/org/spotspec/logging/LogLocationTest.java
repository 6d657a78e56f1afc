package org.spotspec.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogLocationTest {
    private static final Path HOME = Path.of("/home/ana");
    private final Map<String, String> properties = new HashMap<>();

    @Test
    void windowsUsesLocalAppData() {
        var dir = LogLocation.directory(Map.of("LOCALAPPDATA", "/Users/ana/AppData/Local",
                "APPDATA", "/Users/ana/AppData/Roaming"), "Windows 11", HOME);
        assertThat(dir).isEqualTo(Path.of("/Users/ana/AppData/Local/SpotSpec/logs"));
    }

    @Test
    void windowsWithoutLocalAppDataFallsBackUnderTheHomeFolder() {
        assertThat(LogLocation.directory(Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData/Local/SpotSpec/logs"));
    }

    @Test
    void macOsUsesLibraryLogs() {
        assertThat(LogLocation.directory(Map.of("XDG_STATE_HOME", "/tmp/state"), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Logs/SpotSpec"));
    }

    @Test
    void linuxUsesXdgStateHome() {
        assertThat(LogLocation.directory(Map.of("XDG_STATE_HOME", "/var/state/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/var/state/ana/SpotSpec/logs"));
    }

    @Test
    void linuxDefaultsToLocalStateAndIgnoresARelativeOrBlankXdgStateHome() {
        var expected = HOME.resolve(".local/state/SpotSpec/logs");
        assertThat(LogLocation.directory(Map.of(), "Linux", HOME)).isEqualTo(expected);
        assertThat(LogLocation.directory(Map.of("XDG_STATE_HOME", "state"), "Linux", HOME)).isEqualTo(expected);
        assertThat(LogLocation.directory(Map.of("XDG_STATE_HOME", " "), "Linux", HOME)).isEqualTo(expected);
        assertThat(LogLocation.directory(Map.of(), null, HOME)).isEqualTo(expected);
    }

    @Test
    void offWhenNotInstalled() {
        assertThat(resolve("Linux")).isEmpty();
    }

    @Test
    void onWhenStartedFromAJpackageLauncher() {
        properties.put(LogLocation.JPACKAGE_APP_PATH, "/opt/spotspec/bin/SpotSpec");
        assertThat(resolve("Linux")).contains(HOME.resolve(".local/state/SpotSpec/logs"));
    }

    @Test
    void theSwitchOverridesBothWays() {
        properties.put(LogLocation.ENABLE_PROPERTY, "true");
        assertThat(resolve("Mac OS X")).contains(HOME.resolve("Library/Logs/SpotSpec"));

        properties.put(LogLocation.JPACKAGE_APP_PATH, "C:\\Users\\ana\\AppData\\Local\\SpotSpec\\SpotSpec.exe");
        properties.put(LogLocation.ENABLE_PROPERTY, "false");
        assertThat(resolve("Windows 11")).isEmpty();
    }

    @Test
    void aChosenFolderWins() {
        properties.put(LogLocation.ENABLE_PROPERTY, "true");
        properties.put(LogLocation.DIR_PROPERTY, "/srv/logs/spotspec");
        assertThat(resolve("Linux")).contains(Path.of("/srv/logs/spotspec"));
    }

    private java.util.Optional<Path> resolve(String os) {
        return LogLocation.resolve(properties::get, Map.of(), os, HOME);
    }
}
