package org.spotspec.model.activity;

import java.time.Instant;

/**
 * One line of the activity log: an AWS call or an app event, in words. Built only from texts
 * that hold no secret (operation names, codes, request ids, explained problems).
 */
public record ActivityEntry(Instant at, Level level, String source, String summary, String details) {

    public enum Level { INFO, WARNING, ERROR }
}
