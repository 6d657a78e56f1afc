package org.spotspec.pricedata;

import java.time.Instant;
import java.util.List;

/**
 * What one sync of the tracked series did, per region, or why it did not run.
 *
 * @param message one line for the status bar or stderr
 */
public record SyncOutcome(Status status, List<RegionOutcome> regions, Instant finishedAt, String message) {

    public enum Status {
        /** Every region synced. */
        DONE,
        /** Some regions failed; the others are stored. */
        PARTIAL,
        /** Every region failed. */
        FAILED,
        /** Not run: not signed in, or the MFA session needs a new code. Resume after signing in. */
        NEEDS_SIGN_IN,
        /** Not run: nothing is tracked. */
        NOTHING_TRACKED,
        /** Not run: the archive cannot be opened or written (see the message). */
        NO_ARCHIVE,
        /** Stopped early; what arrived is stored. */
        CANCELLED
    }

    public SyncOutcome {
        regions = List.copyOf(regions);
    }

    static SyncOutcome notRun(Status status, Instant at, String message) {
        return new SyncOutcome(status, List.of(), at, message);
    }

    /** Whether any region failed (the CLI's exit code). */
    public boolean anyRegionFailed() {
        return regions.stream().anyMatch(RegionOutcome::failed);
    }

    public long records() {
        return regions.stream().mapToLong(RegionOutcome::records).sum();
    }
}
