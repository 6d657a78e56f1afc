package org.spotspec.aws.capacity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A count of vCPUs or memory as typed in the app's fields and the command line's options:
 * {@code N} is exactly N, {@code N-M} from N to M, {@code N-} N or more (no maximum, which is how
 * EC2 reads a missing maximum). One reading for both, so the same text asks EC2 the same question
 * wherever it is typed (the Prices tab once read {@code 4} as "4 or more" and the command line as
 * "exactly 4").
 */
public record CountRange(int min, Integer max) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,7})(?:(-)(\\d{1,7})?)?");
    /** How the forms are put to the user, in messages next to a field or an option. */
    public static final String FORMS = "N (exactly N), N-M, or N- for no maximum";

    /** The range {@code text} says (spaces ignored); empty if it is none of the forms, or its maximum is below its minimum. */
    public static Optional<CountRange> parse(String text) {
        var m = FORM.matcher(text == null ? "" : text.replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(m.group(1));
        Integer max = m.group(2) == null ? Integer.valueOf(min) : m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return max != null && max < min ? Optional.empty() : Optional.of(new CountRange(min, max));
    }

    /** Whether both ends lie within {@code lowest..highest}. */
    public boolean within(int lowest, int highest) {
        return min >= lowest && min <= highest && (max == null || max <= highest);
    }

    /** The range with both ends multiplied (GiB typed, MiB sent). */
    public CountRange times(int factor) {
        return new CountRange(min * factor, max == null ? null : max * factor);
    }
}
