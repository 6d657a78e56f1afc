package org.spotspec.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's settings and the tables' regions survive a save; rules keep their commas. */
class WatchSettingsTest {
    @TempDir
    Path dir;

    @Test
    void watchSettingsAndTableRegionsRoundTrip() throws Exception {
        var store = new SettingsStore(dir.resolve("settings.properties"));
        var watch = new WatchSettings(false, 30, List.of("us-east-1", "eu-west-1"), false,
                List.of("m5.large,us-east-1,>0.05", "c5.large,eu-west-1+us-east-1,+20%/1h"));
        store.save(Settings.defaults().withWatch(watch)
                .withRefresh(new RefreshSettings("OFF", "OFF", List.of("eu-west-1", "us-west-2"))));

        var loaded = store.load().settings();

        assertThat(loaded.watch()).isEqualTo(watch);
        assertThat(loaded.refresh().regions()).containsExactly("eu-west-1", "us-west-2");
    }

    @Test
    void anOlderFileReadsAsTheDefaults() throws Exception {
        var file = dir.resolve("settings.properties");
        Files.writeString(file, "version=1\nsignin.profile=dev\n");

        var loaded = new SettingsStore(file).load().settings();

        assertThat(loaded.watch()).isEqualTo(WatchSettings.none());
        assertThat(loaded.refresh().regions()).isEmpty();
    }

    @Test
    void theIntervalStaysWithinWhatTheWatcherAllows() {
        assertThat(new WatchSettings(true, 1, List.of(), true, List.of()).intervalSeconds()).isEqualTo(5);
        assertThat(new WatchSettings(true, 99_999, List.of(), true, List.of()).intervalSeconds()).isEqualTo(3600);
        assertThat(new WatchSettings(true, 0, List.of(), true, List.of()).intervalSeconds()).isZero();
    }
}
