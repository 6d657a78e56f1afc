package org.spotspec.model.prices;

import java.util.Optional;
import org.spotspec.aws.capacity.CountRange;
import org.spotspec.aws.capacity.Requirements;

/**
 * The Prices tab's "by vCPUs and memory" for placement scores, as typed ({@link CountRange}'s forms,
 * as on the command line): vCPUs, and GiB of memory (sent in MiB).
 */
final class ScoreRequirements {
    private ScoreRequirements() {
    }

    /** The range typed, when it is one from 1 to {@code limit}. */
    static Optional<CountRange> range(String text, int limit) {
        return CountRange.parse(text).filter(r -> r.within(1, limit));
    }

    /** The message next to a field: empty when the range is right. */
    static String error(String text, int limit, String what) {
        return range(text, limit).isPresent() ? ""
                : "Enter " + what + " as " + CountRange.FORMS + ", e.g. 2-8 (1 to " + limit + ").";
    }

    /** vCPUs and GiB of memory as EC2 takes them (memory in MiB). */
    static Optional<Requirements> of(String vcpus, String memoryGib) {
        var v = range(vcpus, 448);
        var m = range(memoryGib, 24_576).map(gib -> gib.times(1024));
        if (v.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Requirements(v.get().min(), v.get().max(), m.get().min(), m.get().max()));
    }
}
