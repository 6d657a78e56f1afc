package org.spotspec.settings;

import java.util.List;

/**
 * The price archive's settings: where it is and which series are synced, at what interval.
 * Never a password: a PostgreSQL password comes from PGPASSWORD, ~/.pgpass or a prompt.
 *
 * @param url             a {@code jdbc:postgresql://} URL of a team archive; {@code ""} for the
 *                        embedded file (a password parameter in it is dropped, never saved)
 * @param types           tracked instance types
 * @param regions         tracked regions
 * @param products        tracked products
 * @param intervalMinutes minutes between syncs; 0 when not set (the app's default)
 */
public record ArchiveSettings(String url, List<String> types, List<String> regions, List<String> products,
                              int intervalMinutes) {
    public ArchiveSettings {
        url = url == null ? "" : url.trim().replaceAll("(?i)([?&;])password=[^&;]*&?", "$1")
                .replaceAll("[?&;]$", "");
        types = types == null ? List.of() : List.copyOf(types);
        regions = regions == null ? List.of() : List.copyOf(regions);
        products = products == null ? List.of() : List.copyOf(products);
        intervalMinutes = Math.max(0, Math.min(24 * 60, intervalMinutes));
    }

    public static ArchiveSettings none() {
        return new ArchiveSettings("", List.of(), List.of(), List.of(), 0);
    }
}
