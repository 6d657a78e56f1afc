package org.spotspec.model.launch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which instance types may stand in for one that lacked capacity. Pure: the lists come in, the
 * choice goes out, so the rules are tested without AWS.
 */
public final class TypeAlternatives {
    /** At most this many types in all: with a few zones that stays a readable, quick fleet. */
    public static final int MAX_TYPES = 8;
    /** {@code m5.large} → class m, generation 5, attributes "", size large; {@code m7i-flex.large} → i-flex. */
    private static final java.util.Set<String> PLAIN = java.util.Set.of("", "a", "i", "n");
    private static final Pattern TYPE = Pattern.compile("([a-z]+)(\\d+)([a-z-]*)\\.([a-z0-9]+)");

    private TypeAlternatives() {
    }

    private record Parts(String family, int generation, String attributes, String size) {
        /** Graviton types ("g" among the attributes, e.g. m6g, m7gd) run arm64 images only. */
        boolean arm() {
            return attributes.replace("-flex", "").contains("g");
        }

        /** Local disks, extra network or memory, flex…: fine stand-ins, but after the plain Intel/AMD ones. */
        boolean variant() {
            return !PLAIN.contains(arm() ? attributes.replaceFirst("g", "") : attributes);
        }
    }

    private static Optional<Parts> parse(String type) {
        var m = TYPE.matcher(type == null ? "" : type.trim());
        return m.matches() ? Optional.of(new Parts(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4)))
                : Optional.empty();
    }

    /**
     * The failed type first, then the user's own choice when there is one ({@code chosen}, e.g. the
     * types ticked in the Prices tab), else its same-size siblings from {@code offered}.
     */
    public static List<String> alternatives(String failed, List<String> chosen, Collection<String> offered) {
        var types = new LinkedHashSet<String>();
        types.add(failed);
        types.addAll(chosen.isEmpty() ? siblings(failed, offered) : chosen);
        return types.stream().limit(Math.max(MAX_TYPES, chosen.size() + 1)).toList();
    }

    /**
     * The types of the same class and size as {@code type}, same architecture, this generation or
     * newer (older ones are scarcer and dearer): m5.large → m5a.large, m5n.large, m6i.large, m6a.large,
     * m7i.large… Plain Intel/AMD before variants (disks, flex…), then the nearest generation first, at most {@link #MAX_TYPES} − 1.
     */
    public static List<String> siblings(String type, Collection<String> offered) {
        var failed = parse(type).orElse(null);
        if (failed == null) {
            return List.of();
        }
        var found = new ArrayList<Map.Entry<String, Parts>>();
        for (var candidate : offered) {
            parse(candidate).filter(p -> p.family().equals(failed.family()) && p.size().equals(failed.size())
                            && p.arm() == failed.arm() && p.generation() >= failed.generation()
                            && !candidate.equals(type))
                    .ifPresent(p -> found.add(Map.entry(candidate, p)));
        }
        found.sort(Comparator.<Map.Entry<String, Parts>>comparingInt(e -> e.getValue().variant() ? 1 : 0)
                .thenComparingInt(e -> e.getValue().generation())
                .thenComparing(Map.Entry::getKey));
        return found.stream().map(Map.Entry::getKey).distinct().limit(MAX_TYPES - 1).toList();
    }
}
