package org.spotspec.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Times and ranges as people type them on a command line; UTC unless an offset is given. */
final class Times {
    // "m" stays minutes (scripts use 90m); months are "mo", as in 6mo.
    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})\\s*(m|min|h|d|w|mo|y)");

    private Times() {
    }

    /**
     * {@code 2026-11-20T10:00:00Z}, {@code 2026-11-20T11:00+01:00}, {@code 2026-11-20T10:00} (UTC) or
     * {@code 2026-11-20} (midnight UTC).
     */
    static Instant instant(String option, String text) {
        var t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the shorter forms below
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a date alone
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw CliFailure.usage(option + ": '" + t + "' is not a time such as 2026-11-20T10:00Z or 2026-11-20.");
        }
    }

    /**
     * A start time as people type it: a duration back from {@code now} ({@code 30m}, {@code 24h},
     * {@code 7d}, as {@link #range}) or a time ({@link #instant}).
     */
    static Instant since(String option, String text, Instant now) {
        if (RANGE.matcher(text.trim().toLowerCase(Locale.ROOT)).matches()) {
            try {
                return now.minus(range(text));
            } catch (CliFailure zero) {
                throw CliFailure.usage(option + ": '" + text.trim() + "' is not a duration such as 30m, 24h or 7d.");
            }
        }
        try {
            return instant(option, text);
        } catch (CliFailure notATime) {
            throw CliFailure.usage(option + ": '" + text.trim() + "' is neither a duration such as 30m, 24h or 7d nor "
                    + "a time such as 2026-11-20T10:00Z.");
        }
    }

    /** {@code 90m}, {@code 24h}, {@code 7d}, {@code 2w}, {@code 6mo}, {@code 1y}, {@code all} (all the archive holds). */
    static Duration range(String text) {
        if (text.trim().equalsIgnoreCase("all")) {
            return org.spotspec.prices.PriceRange.ALL.length();
        }
        var m = RANGE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw CliFailure.usage("--range: '" + text.trim() + "' is not a range such as 1h, 24h, 7d, 90d, 6mo, 1y "
                    + "or all.");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            case "mo" -> Duration.ofDays(Math.round(n * 30.44));
            case "y" -> Duration.ofDays(365 * n);
            default -> Duration.ofDays(7 * n);
        };
    }
}
