package org.spotspec.model.prices;

import java.util.Optional;
import org.spotspec.aws.capacity.CountRange;
import org.spotspec.aws.capacity.Requirements;

/**
 * The Prices tab's "by vCPUs and memory" for placement scores, as typed ({@link CountRange}'s forms,
 * as on the command line): vCPUs, and GiB of memory (sent in MiB).
 */
final class ScoreRequirements {
    /**
     * The most vCPUs and GiB of memory an instance type has (u7in-32tb.224xlarge: 896 vCPUs, 32 TiB;
     * these were 448 and 24 TiB, those of the older u-24tb1, which refused the newer types' sizes).
     */
    static final int MAX_VCPUS = 896;
    static final int MAX_MEMORY_GIB = 32_768;

    private ScoreRequirements() {
    }

    /** The range typed, when it is one from 1 to {@code limit}. */
    static Optional<CountRange> range(String text, int limit) {
        return CountRange.parse(text).filter(r -> r.within(1, limit));
    }

    /**
     * The message next to a field: empty when the range is right. Short, to fit the one line kept
     * for it in the narrow query column (the field's tooltip spells the forms out).
     */
    static String error(String text, int limit) {
        return range(text, limit).isPresent() ? "" : "Use 4, 2-8 or 4- (1 to " + limit + ").";
    }

    /** vCPUs and GiB of memory as EC2 takes them (memory in MiB). */
    static Optional<Requirements> of(String vcpus, String memoryGib) {
        var v = range(vcpus, MAX_VCPUS);
        var m = range(memoryGib, MAX_MEMORY_GIB).map(gib -> gib.times(1024));
        if (v.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Requirements(v.get().min(), v.get().max(), m.get().min(), m.get().max()));
    }
}
