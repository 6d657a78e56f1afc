package org.spotspec.watch;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a {@link WatchEvent} is about. Its {@link #id()} is the word the CLI prints, JSON carries
 * and the archive stores: never rename one (stored events and users' scripts match on it).
 */
public enum EventKind {
    /** A spot request appeared. */
    REQUEST_NEW("request-new"),
    /** A spot request's state or status code changed (from → to are status codes). */
    REQUEST_STATUS("request-status"),
    /** A spot request is no longer listed (EC2 keeps closed ones for a few hours). */
    REQUEST_GONE("request-gone"),
    /** The two-minute notice: a request's status became marked-for-termination, -stop or -hibernation. */
    INTERRUPTION("interruption"),
    /** A spot instance appeared. */
    INSTANCE_NEW("instance-new"),
    /** A spot instance's state changed (from → to are states; the message names the state reason). */
    INSTANCE_STATE("instance-state"),
    /** A spot instance is no longer listed (EC2 lists terminated ones for about an hour). */
    INSTANCE_GONE("instance-gone"),
    /** A price alert rule's condition became true. */
    PRICE_ALERT("price-alert"),
    /** The MFA session nears its end, ended (watching pauses) or was renewed (watching resumes). */
    SESSION("session"),
    /** The watcher itself: a region cannot be read, is read again, or is throttled. */
    WATCH("watch");

    private final String id;

    EventKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EventKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
