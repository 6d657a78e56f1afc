package org.spotspec.model.prices;

import java.util.Optional;
import org.spotspec.aws.capacity.Requirements;

/**
 * The Prices tab's "by vCPUs and memory" for placement scores, as typed: {@code MIN} or
 * {@code MIN-MAX} vCPUs, and {@code MIN} or {@code MIN-MAX} GiB of memory (sent in MiB).
 */
final class ScoreRequirements {
    private ScoreRequirements() {
    }

    /** A range typed as {@code 4} or {@code 2-8}; empty when it is not one (or MAX < MIN). */
    static Optional<int[]> range(String text, int limit) {
        var t = text == null ? "" : text.replace(" ", "");
        var parts = t.split("-", -1);
        try {
            int min = Integer.parseInt(parts[0]);
            Integer max = parts.length == 2 && !parts[1].isEmpty() ? Integer.valueOf(parts[1]) : null;
            if (parts.length > 2 || min < 1 || min > limit || (max != null && (max < min || max > limit))
                    || (parts.length == 2 && parts[1].isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(max == null ? new int[] {min} : new int[] {min, max});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The message next to a field: empty when the range is right. */
    static String error(String text, int limit, String what) {
        return range(text, limit).isPresent() ? "" : "Enter " + what + " as MIN or MIN-MAX, e.g. 2-8 (1 to " + limit + ").";
    }

    /** vCPUs and GiB of memory as EC2 takes them (memory in MiB). */
    static Optional<Requirements> of(String vcpus, String memoryGib) {
        var v = range(vcpus, 448);
        var m = range(memoryGib, 24_576);
        if (v.isEmpty() || m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Requirements(v.get()[0], v.get().length == 2 ? v.get()[1] : null, m.get()[0] * 1024,
                m.get().length == 2 ? m.get()[1] * 1024 : null));
    }
}
