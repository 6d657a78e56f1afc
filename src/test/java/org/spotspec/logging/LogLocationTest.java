package org.spotspec.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotspec.userdirs.UserDirs;

/** When logs go to a file and where; each OS's folder itself is UserDirsTest's. */
class LogLocationTest {
    private static final Path HOME = Path.of("/home/ana");
    private final Map<String, String> properties = new HashMap<>();

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
    void theFolderIsTheUsersLogFolder() {
        properties.put(LogLocation.ENABLE_PROPERTY, "true");
        var env = Map.of("LOCALAPPDATA", "/Users/ana/AppData/Local", "XDG_STATE_HOME", "/var/state/ana");
        assertThat(LogLocation.resolve(properties::get, env, "Windows 11", HOME))
                .contains(new UserDirs(env, "Windows 11", HOME).logs());
        assertThat(LogLocation.resolve(properties::get, env, "Linux", HOME))
                .contains(Path.of("/var/state/ana/SpotSpec/logs"));
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
