package org.spotspec.model.watch;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import org.spotspec.settings.WatchSettings;

/** Puts back the watcher's settings of last run, and saves them again as the user changes them. */
public final class WatchSettingsAdapter {
    private WatchSettingsAdapter() {
    }

    public static void restoreAndRemember(WatchModel watch, WatchSettings saved, Consumer<WatchSettings> save) {
        watch.enabledProperty().set(saved.enabled());
        if (saved.intervalSeconds() > 0) {
            watch.intervalSecondsProperty().set(saved.intervalSeconds());
        }
        watch.desktopNotificationsProperty().set(saved.osNotifications());
        watch.regions().restore(saved.regions());
        watch.rules().restore(saved.alertRules());
        Runnable changed = () -> save.accept(remember(watch));
        watch.enabledProperty().addListener((obs, old, now) -> changed.run());
        watch.intervalSecondsProperty().addListener((obs, old, now) -> changed.run());
        watch.desktopNotificationsProperty().addListener((obs, old, now) -> changed.run());
        watch.regions().chosen().selected().addListener((SetChangeListener<String>) c -> changed.run());
        watch.rules().rules().addListener((ListChangeListener<Object>) c -> {
            changed.run();
            watch.checkAlertsSoon(); // a new rule is judged at the next tick, not in five minutes
        });
    }

    static WatchSettings remember(WatchModel watch) {
        var seconds = watch.intervalSecondsProperty().get();
        return new WatchSettings(watch.enabledProperty().get(), seconds == null ? 0 : seconds,
                watch.regions().ticked(), watch.desktopNotificationsProperty().get(),
                watch.rules().texts());
    }
}
