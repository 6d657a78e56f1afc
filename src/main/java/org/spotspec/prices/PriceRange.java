package org.spotspec.prices;

import java.time.Duration;

/** The time ranges offered; AWS keeps 90 days of spot price history. */
public enum PriceRange {
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_DAY("Last day", Duration.ofDays(1)),
    LAST_WEEK("Last week", Duration.ofDays(7)),
    LAST_MONTH("Last 30 days", Duration.ofDays(30)),
    LAST_90_DAYS("Last 90 days", Duration.ofDays(90)),
    CUSTOM("Custom…", Duration.ZERO);

    public static final Duration MAX_HISTORY = Duration.ofDays(90);

    private final String label;
    private final Duration length;

    PriceRange(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    @Override
    public String toString() {
        return label;
    }
}
