package org.spotspec.settings;

import java.util.Properties;

/** The {@code archive.*} keys of the settings file; a file without them (older SpotSpec) reads as none. */
final class ArchiveSettingsFormat {
    private ArchiveSettingsFormat() {
    }

    static ArchiveSettings read(Properties props) {
        int minutes;
        try {
            minutes = Integer.parseInt(props.getProperty("archive.intervalMinutes", "0").trim());
        } catch (NumberFormatException e) {
            minutes = 0;
        }
        return new ArchiveSettings(props.getProperty("archive.url", ""), SettingsStore.list(props, "archive.types"),
                SettingsStore.list(props, "archive.regions"), SettingsStore.list(props, "archive.products"), minutes);
    }

    static void write(Properties props, ArchiveSettings archive) {
        props.setProperty("archive.url", archive.url());
        props.setProperty("archive.types", String.join(",", archive.types()));
        props.setProperty("archive.regions", String.join(",", archive.regions()));
        props.setProperty("archive.products", String.join(",", archive.products()));
        props.setProperty("archive.intervalMinutes", Integer.toString(archive.intervalMinutes()));
    }
}
