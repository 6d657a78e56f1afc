package org.spotspec.scores;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a placement score was asked for, written as one canonical text so the same question asked
 * again (in any order of types, by the app or the CLI) is found as the same series in the archive.
 *
 * @param types        instance types, or empty when {@code requirements} are given
 * @param requirements the instance requirements in words (e.g. {@code vcpu 4-8, memory 16384-32768 MiB}), or empty
 * @param unit         {@code units}, {@code vcpu} or {@code memory-mib}
 * @param perZone      scores per availability zone (SingleAvailabilityZone) instead of per region
 */
public record ScoreConfiguration(List<String> types, String requirements, int capacity, String unit,
                                 boolean perZone) {
    public ScoreConfiguration {
        types = List.copyOf(new TreeSet<>(types.stream().map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).toList()));
        requirements = requirements == null ? "" : requirements.trim();
        unit = unit == null || unit.isBlank() ? "units" : unit.trim().toLowerCase(Locale.ROOT);
    }

    /** e.g. {@code m5.large,m5a.large,m6i.large|10 units|per-zone}. */
    public String key() {
        var what = types.isEmpty() ? requirements : String.join(",", types);
        return what + "|" + capacity + " " + unit + "|" + (perZone ? "per-zone" : "per-region");
    }
}
