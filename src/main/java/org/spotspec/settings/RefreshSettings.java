package org.spotspec.settings;

/**
 * Each live table's auto-refresh interval as remembered between runs, by the name of its choice.
 * The settings layer does not know the choices: a name the app no longer offers, or {@code ""}
 * when nothing was saved, is the model's to replace with its default.
 */
public record RefreshSettings(String requests, String instances) {

    public RefreshSettings {
        requests = requests == null ? "" : requests.trim();
        instances = instances == null ? "" : instances.trim();
    }

    public static RefreshSettings none() {
        return new RefreshSettings("", "");
    }
}
