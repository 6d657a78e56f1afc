package org.spotspec.settings;

import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in force, saved on a background executor whenever they change so the FX
 * thread never waits for the disk. {@link #saveNow()} writes synchronously at exit.
 */
public final class CurrentSettings {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentSettings.class);

    private final SettingsStore store;
    private final Executor io;
    private volatile Settings current;

    public CurrentSettings(SettingsStore store, Settings initial, Executor io) {
        this.store = store;
        this.current = initial;
        this.io = io;
    }

    public Settings get() {
        return current;
    }

    public void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        try {
            io.execute(this::saveNow);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Settings writer stopped; saving at exit instead");
        }
    }

    /** Writes the current settings; a failure is logged, never thrown at the user. */
    public synchronized void saveNow() {
        try {
            store.save(current);
        } catch (UncheckedIOException e) {
            LOG.warn("Could not save settings to {}: {}", store.file(), e.getCause().getMessage());
        }
    }
}
