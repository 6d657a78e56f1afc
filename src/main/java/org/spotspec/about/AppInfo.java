package org.spotspec.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Name, version and vendor as the pom states them (filtered into app.properties at build), and
 * the log file this run writes, if any (null when logging to the console only).
 */
public record AppInfo(String name, String version, String description, String vendor, Path logFile) {

    public AppInfo(String name, String version, String description, String vendor) {
        this(name, version, description, vendor, null);
    }

    /** The same information with the log file of this run (null for none). */
    public AppInfo withLogFile(Path file) {
        return new AppInfo(name, version, description, vendor, file);
    }

    /** The log file to attach to a bug report, when the app logs to a file. */
    public Optional<Path> logFileIfAny() {
        return Optional.ofNullable(logFile);
    }

    public static AppInfo load() {
        var properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/spotspec/app.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo(properties.getProperty("name", "SpotSpec"), properties.getProperty("version", "dev"),
                properties.getProperty("description", ""), properties.getProperty("vendor", "SpotSpec"));
    }
}
