package org.spotspec.model.tables;

import org.spotspec.settings.EnumNames;
import org.spotspec.settings.RefreshSettings;

/**
 * Moves the Requests and Instances tables' auto-refresh intervals and the regions they show
 * between the models and the saved settings.
 */
public final class RefreshSettingsAdapter {
    private RefreshSettingsAdapter() {
    }

    /** A name the app does not offer (a hand edit, a choice since removed) leaves the table's default. */
    public static void restore(LiveTable<?> requests, LiveTable<?> instances, RefreshSettings saved) {
        restore(requests, saved.requests());
        restore(instances, saved.instances());
        requests.regions().choose(saved.regions());
        if (instances.regions() != requests.regions()) {
            instances.regions().choose(saved.regions());
        }
    }

    private static void restore(LiveTable<?> table, String saved) {
        EnumNames.find(RefreshInterval.values(), saved).ifPresent(table.intervalProperty()::set);
    }

    public static RefreshSettings remember(LiveTable<?> requests, LiveTable<?> instances) {
        return new RefreshSettings(requests.intervalProperty().get().name(), instances.intervalProperty().get().name(),
                requests.regions().chosen());
    }
}
