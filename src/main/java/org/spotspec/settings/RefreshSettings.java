package org.spotspec.settings;

import java.util.List;

/**
 * Each live table's auto-refresh interval as remembered between runs, by the name of its choice,
 * and the regions the tables show. The settings layer does not know the choices: a name the app
 * no longer offers, or {@code ""} when nothing was saved, is the model's to replace with its default.
 *
 * @param regions the regions the Requests and Instances tables show; empty: the session's region
 */
public record RefreshSettings(String requests, String instances, List<String> regions) {

    public RefreshSettings {
        requests = requests == null ? "" : requests.trim();
        instances = instances == null ? "" : instances.trim();
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public RefreshSettings(String requests, String instances) {
        this(requests, instances, List.of());
    }

    public static RefreshSettings none() {
        return new RefreshSettings("", "", List.of());
    }
}
