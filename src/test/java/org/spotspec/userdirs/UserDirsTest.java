package org.spotspec.userdirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each OS's folders, and how their environment variables are read (set, blank, relative, padded). */
class UserDirsTest {
    private static final Path HOME = Path.of("/home/ana");
    /** Every variable either folder reads, so each case shows that the others are ignored. */
    private static final Map<String, String> ALL = Map.of("APPDATA", "/a", "LOCALAPPDATA", "/l",
            "XDG_CONFIG_HOME", "/xdg", "XDG_STATE_HOME", "/s");

    private static UserDirs dirs(Map<String, String> env, String osName) {
        return new UserDirs(env, osName, HOME);
    }

    @Test
    void windowsKeepsSettingsInAppDataAndLogsInLocalAppData() {
        var dirs = dirs(Map.of("LOCALAPPDATA", "/Users/ana/AppData/Local",
                "APPDATA", "/winroot/Users/ana/AppData/Roaming"), "Windows 11");
        assertThat(dirs.logs()).isEqualTo(Path.of("/Users/ana/AppData/Local/SpotSpec/logs"));
        assertThat(dirs.settings()).isEqualTo(Path.of("/winroot/Users/ana/AppData/Roaming/SpotSpec"));
        assertThat(dirs(ALL, "Windows XP").settings()).isEqualTo(Path.of("/a/SpotSpec"));
        assertThat(dirs(ALL, "WINDOWS 10").logs()).isEqualTo(Path.of("/l/SpotSpec/logs"));
    }

    @Test
    void windowsWithoutTheVariablesFallsBackUnderTheHomeFolder() {
        assertThat(dirs(Map.of(), "Windows 10").logs()).isEqualTo(HOME.resolve("AppData/Local/SpotSpec/logs"));
        assertThat(dirs(Map.of(), "Windows 10").settings()).isEqualTo(HOME.resolve("AppData/Roaming/SpotSpec"));
        var blank = dirs(Map.of("APPDATA", " ", "LOCALAPPDATA", " "), "Windows 10");
        assertThat(blank.logs()).isEqualTo(HOME.resolve("AppData/Local/SpotSpec/logs"));
        assertThat(blank.settings()).isEqualTo(HOME.resolve("AppData/Roaming/SpotSpec"));
    }

    @Test
    void windowsReadsLocalAppDataTrimmedAndAbsoluteButAppDataAsGiven() {
        // As each folder read its variable before they shared this class.
        var relative = dirs(Map.of("LOCALAPPDATA", "AppData\\Local", "APPDATA", "Roaming"), "Windows 11");
        assertThat(relative.logs()).isEqualTo(HOME.resolve("AppData/Local/SpotSpec/logs"));
        assertThat(relative.settings()).isEqualTo(Path.of("Roaming/SpotSpec"));
        var padded = dirs(Map.of("LOCALAPPDATA", " /x/Local ", "APPDATA", " /x/Roaming "), "Windows 11");
        assertThat(padded.logs()).isEqualTo(Path.of("/x/Local/SpotSpec/logs"));
        assertThat(padded.settings()).isEqualTo(Path.of(" /x/Roaming ", "SpotSpec"));
    }

    @Test
    void macOsUsesApplicationSupportAndLibraryLogs() {
        for (var os : new String[] {"Mac OS X", "Darwin"}) {
            assertThat(dirs(ALL, os).logs()).isEqualTo(HOME.resolve("Library/Logs/SpotSpec"));
            assertThat(dirs(ALL, os).settings()).isEqualTo(HOME.resolve("Library/Application Support/SpotSpec"));
        }
        assertThat(dirs(Map.of("XDG_STATE_HOME", "/tmp/state"), "Mac OS X").logs())
                .isEqualTo(HOME.resolve("Library/Logs/SpotSpec"));
    }

    @Test
    void linuxAndOthersUseTheXdgFolders() {
        assertThat(dirs(Map.of("XDG_STATE_HOME", "/var/state/ana"), "Linux").logs())
                .isEqualTo(Path.of("/var/state/ana/SpotSpec/logs"));
        assertThat(dirs(Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux").settings()).isEqualTo(Path.of("/xdg/spotspec"));
        for (var os : new String[] {"Linux", "SunOS", null}) {
            assertThat(dirs(ALL, os).settings()).isEqualTo(Path.of("/xdg/spotspec"));
            assertThat(dirs(ALL, os).logs()).isEqualTo(Path.of("/s/SpotSpec/logs"));
        }
    }

    @Test
    void linuxDefaultsUnderTheHomeFolderAndIgnoresARelativeOrBlankXdgVariable() {
        var logs = HOME.resolve(".local/state/SpotSpec/logs");
        var settings = HOME.resolve(".config/spotspec");
        assertThat(dirs(Map.of(), "Linux").logs()).isEqualTo(logs);
        assertThat(dirs(Map.of(), null).logs()).isEqualTo(logs);
        assertThat(dirs(Map.of("XDG_STATE_HOME", "state"), "Linux").logs()).isEqualTo(logs);
        assertThat(dirs(Map.of("XDG_STATE_HOME", " "), "Linux").logs()).isEqualTo(logs);
        assertThat(dirs(Map.of(), "Linux").settings()).isEqualTo(settings);
        assertThat(dirs(Map.of("XDG_CONFIG_HOME", "relative"), "FreeBSD").settings()).isEqualTo(settings);
        assertThat(dirs(Map.of("XDG_CONFIG_HOME", " "), "Linux").settings()).isEqualTo(settings);
    }

    @Test
    void linuxReadsXdgStateHomeTrimmedButXdgConfigHomeAsGiven() {
        // As each folder read its variable before they shared this class.
        var trailing = dirs(Map.of("XDG_CONFIG_HOME", "/xdg ", "XDG_STATE_HOME", "/s "), "Linux");
        assertThat(trailing.logs()).isEqualTo(Path.of("/s/SpotSpec/logs"));
        assertThat(trailing.settings()).isEqualTo(Path.of("/xdg ", "spotspec"));
        var leading = dirs(Map.of("XDG_CONFIG_HOME", " /xdg", "XDG_STATE_HOME", " /s"), "Linux");
        assertThat(leading.logs()).isEqualTo(Path.of("/s/SpotSpec/logs"));
        assertThat(leading.settings()).isEqualTo(HOME.resolve(".config/spotspec"));
    }

    @Test
    void dataIsLocalAppDataOnWindowsApplicationSupportOnMacAndXdgDataHomeElsewhere() {
        assertThat(dirs(Map.of("LOCALAPPDATA", "/Users/ana/AppData/Local"), "Windows 11").data())
                .isEqualTo(Path.of("/Users/ana/AppData/Local/SpotSpec"));
        assertThat(dirs(Map.of(), "Windows 11").data()).isEqualTo(HOME.resolve("AppData/Local/SpotSpec"));
        assertThat(dirs(Map.of("XDG_DATA_HOME", "/xdg-data"), "Mac OS X").data())
                .isEqualTo(HOME.resolve("Library/Application Support/SpotSpec"));
        assertThat(dirs(Map.of("XDG_DATA_HOME", "/xdg-data"), "Linux").data()).isEqualTo(Path.of("/xdg-data/spotspec"));
        assertThat(dirs(Map.of(), "Linux").data()).isEqualTo(HOME.resolve(".local/share/spotspec"));
        assertThat(dirs(Map.of("XDG_DATA_HOME", "data"), "Linux").data()).isEqualTo(HOME.resolve(".local/share/spotspec"));
    }
}
