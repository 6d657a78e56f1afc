package org.spotspec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name, version and vendor as the pom states them (filtered into app.properties at build). */
public record AppInfo(String name, String version, String description, String vendor) {

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
