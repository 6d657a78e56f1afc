package org.spotspec.watch;

/**
 * An event as kept in the history: its key in the store (to acknowledge it) and whether the user
 * has acknowledged it.
 */
public record StoredEvent(long key, WatchEvent event, boolean acknowledged) {
}
