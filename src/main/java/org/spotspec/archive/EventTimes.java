package org.spotspec.archive;

import java.time.Instant;

/**
 * How the event tables store an instant: epoch nanoseconds in a 64-bit integer. A number sorts and
 * compares the same on both engines (text would need one format everywhere), and nanoseconds give
 * the watcher's instants back exactly. The range, 1677 to 2262, is clamped at its ends.
 */
final class EventTimes {
    private static final long NANOS = 1_000_000_000L;

    private EventTimes() {
    }

    static long toNanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), NANOS), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static Instant fromNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}
