package org.spotspec.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The {@code watch.*} keys of the settings file; a file without them (older SpotSpec) reads as
 * {@link WatchSettings#none()}. Alert rules hold commas, so they are separated by semicolons.
 */
final class WatchSettingsFormat {
    private WatchSettingsFormat() {
    }

    static WatchSettings read(Properties props) {
        var none = WatchSettings.none();
        int seconds;
        try {
            seconds = Integer.parseInt(props.getProperty("watch.intervalSeconds", "0").trim());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        var rules = props.getProperty("watch.alertRules", "");
        return new WatchSettings(bool(props, "watch.enabled", none.enabled()), seconds,
                SettingsStore.list(props, "watch.regions"), bool(props, "watch.osNotifications", none.osNotifications()),
                rules.isBlank() ? List.of() : Arrays.stream(rules.split(";")).toList());
    }

    static void write(Properties props, WatchSettings watch) {
        props.setProperty("watch.enabled", Boolean.toString(watch.enabled()));
        props.setProperty("watch.intervalSeconds", Integer.toString(watch.intervalSeconds()));
        props.setProperty("watch.regions", String.join(",", watch.regions()));
        props.setProperty("watch.osNotifications", Boolean.toString(watch.osNotifications()));
        props.setProperty("watch.alertRules", String.join(";", watch.alertRules()));
    }

    private static boolean bool(Properties props, String key, boolean fallback) {
        var value = props.getProperty(key, "").trim();
        return value.equalsIgnoreCase("true") || (!value.equalsIgnoreCase("false") && fallback);
    }
}
