package org.spotspec.aws;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Session durations as people write them ("12 h", "90 min", "3600") and back. */
public final class MfaDurations {
    /** The choices offered: AWS's minimum, common working days, and AWS's maximum. */
    public static final List<String> CHOICES = List.of("15 min", "1 h", "4 h", "8 h", "12 h", "24 h", "36 h");

    /** The choices for an assumed role: AssumeRole's minimum up to its 12 h maximum. */
    public static final List<String> ROLE_CHOICES = List.of("15 min", "1 h", "2 h", "4 h", "8 h", "12 h");

    private static final Pattern TEXT = Pattern.compile(
            "(\\d{1,7})\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)?");

    private MfaDurations() {
    }

    /** Seconds for a text such as "12 h", or null when it cannot be read. */
    public static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        var m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long value = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long seconds = unit.startsWith("h") ? value * 3600 : unit.startsWith("m") ? value * 60 : value;
        return seconds > Integer.MAX_VALUE ? null : (int) seconds;
    }

    public static String format(int seconds) {
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
