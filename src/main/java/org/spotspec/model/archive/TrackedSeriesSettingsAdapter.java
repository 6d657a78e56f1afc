package org.spotspec.model.archive;

import org.spotspec.pricedata.TrackedSeries;
import org.spotspec.settings.ArchiveSettings;

/** Moves the tracked series between the Archive model and the saved settings (the URL and interval pass through). */
public final class TrackedSeriesSettingsAdapter {
    private TrackedSeriesSettingsAdapter() {
    }

    public static void restore(ArchiveModel model, ArchiveSettings saved) {
        model.trackedProperty().set(new TrackedSeries(saved.types(), saved.regions(), saved.products()));
    }

    public static ArchiveSettings remember(ArchiveModel model, ArchiveSettings previous) {
        var t = model.trackedProperty().get();
        return new ArchiveSettings(previous.url(), t.instanceTypes(), t.regions(), t.products(),
                previous.intervalMinutes());
    }
}
