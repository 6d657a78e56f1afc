package org.spotspec.watch;

/**
 * What the watcher remembers of one spot request or instance between polls (and restarts): enough
 * to tell that it changed, nothing more.
 *
 * @param state  a request's state (open, active, …) or an instance's state (running, …)
 * @param detail a request's status code, or an instance's state reason code; may be empty
 */
public record SeenItem(String id, String state, String detail) {
    public SeenItem {
        state = state == null ? "" : state;
        detail = detail == null ? "" : detail;
    }
}
