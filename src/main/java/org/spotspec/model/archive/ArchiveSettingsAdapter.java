package org.spotspec.model.archive;

import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import org.spotspec.pricedata.TrackedSeries;
import org.spotspec.settings.ArchiveSettings;

/**
 * Moves the archive's settings between the models and the saved settings: the URL (saved when it
 * has opened, never with a password), the tracked series and the interval (saved as chosen).
 */
public final class ArchiveSettingsAdapter {
    private ArchiveSettingsAdapter() {
    }

    /** Restores {@code saved}, then hands every later choice to {@code save}. */
    public static void restoreAndRemember(ArchiveModel archive, SyncModel sync, ArchiveSettings saved,
                                          Consumer<ArchiveSettings> save) {
        archive.restoreUrl(saved.url());
        sync.restore(new TrackedSeries(saved.types(), saved.regions(), saved.products()), saved.intervalMinutes());
        InvalidationListener changed = obs -> save.accept(remember(archive, sync));
        sync.types().selected().addListener(changed);
        sync.regions().selected().addListener(changed);
        sync.products().selected().addListener(changed);
        sync.intervalMinutesProperty().addListener(changed);
        archive.setOnUrlApplied(() -> save.accept(remember(archive, sync)));
    }

    public static ArchiveSettings remember(ArchiveModel archive, SyncModel sync) {
        var tracked = sync.tracked();
        var url = archive.urlEditable() ? archive.appliedUrl() : "";
        var minutes = sync.intervalMinutesProperty().get();
        return new ArchiveSettings(url, tracked.instanceTypes(), tracked.regions(), tracked.products(),
                minutes == null ? 0 : minutes);
    }
}
