package org.spotspec.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the watcher fares with one region, for a status line in the UI.
 *
 * @param interval  the interval it is polled at now (longer than the chosen one while throttled)
 * @param nextPoll  when it is due next; empty while a poll is in flight
 * @param lastRead  when it was last read successfully
 * @param problem   the error code of the last failed read, empty once a read succeeds
 */
public record RegionStatus(String region, Duration interval, Optional<Instant> nextPoll, boolean inFlight,
                           Optional<Instant> lastRead, Optional<String> problem, boolean throttled) {
}
