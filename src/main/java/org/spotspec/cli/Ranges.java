package org.spotspec.cli;

import java.util.regex.Pattern;

/** The command line's {@code MIN[-MAX]} options ({@code --vcpus}, {@code --memory-mib}) of {@code scores} and {@code types}. */
final class Ranges {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,7})(?:(-)(\\d{1,7})?)?");

    private Ranges() {
    }

    /** {@code 2} → [2, 2]; {@code 2-8} → [2, 8]; {@code 2-} → [2, null] (no upper bound). */
    static Integer[] range(String option, String text) {
        var m = RANGE.matcher(text.trim());
        if (!m.matches()) {
            throw CliFailure.usage(option + ": a number or a range such as 2-8 (2- for no maximum).");
        }
        int min = Integer.parseInt(m.group(1));
        Integer max = m.group(2) == null ? Integer.valueOf(min) : m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new Integer[] {min, max};
    }
}
