package org.spotspec.settings;

import java.util.List;

/**
 * The watcher's settings: whether it runs, how often, where, how it tells the user, and the price
 * alert rules (in the CLI's {@code --alert} form, e.g. {@code m5.large,us-east-1,>0.05}).
 *
 * @param enabled         whether the app watches while signed in
 * @param intervalSeconds seconds between polls of a region; 0 when not set (the app's default)
 * @param regions         the regions watched; empty: the regions the tables show
 * @param osNotifications whether events that matter also go to the desktop's notifications
 * @param alertRules      price alert rules, each in the {@code --alert} form
 */
public record WatchSettings(boolean enabled, int intervalSeconds, List<String> regions, boolean osNotifications,
                            List<String> alertRules) {
    /** The shortest interval the watcher allows: EC2's describe calls share the account's rate limit. */
    public static final int MIN_INTERVAL_SECONDS = 5;
    public static final int MAX_INTERVAL_SECONDS = 3600;

    public WatchSettings {
        intervalSeconds = intervalSeconds <= 0 ? 0
                : Math.max(MIN_INTERVAL_SECONDS, Math.min(MAX_INTERVAL_SECONDS, intervalSeconds));
        regions = regions == null ? List.of() : List.copyOf(regions);
        alertRules = alertRules == null ? List.of()
                : alertRules.stream().map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    /** Watching on, default interval, the tables' regions, desktop notifications on, no alert rules. */
    public static WatchSettings none() {
        return new WatchSettings(true, 0, List.of(), true, List.of());
    }
}
