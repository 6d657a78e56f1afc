package org.spotspec.watch;

/** How loudly an event is announced. Stored by name: never rename one. */
public enum Severity {
    /** Kept in the history only. */
    INFO,
    /** A notification (in the app, and the OS's when the user allows it). */
    NOTIFY,
    /** A notification that stays until dismissed: something is being interrupted or is lost. */
    URGENT;

    public boolean notifies() {
        return this != INFO;
    }
}
