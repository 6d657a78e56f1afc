package org.spotspec.prices;

import java.time.Duration;

/**
 * The time ranges offered. AWS keeps 90 days of spot price history; longer ranges are served by
 * the price archive (what SpotSpec fetched before), so they show whatever it holds.
 */
public enum PriceRange {
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_DAY("Last day", Duration.ofDays(1)),
    LAST_WEEK("Last week", Duration.ofDays(7)),
    LAST_MONTH("Last 30 days", Duration.ofDays(30)),
    LAST_90_DAYS("Last 90 days", Duration.ofDays(90)),
    LAST_6_MONTHS("Last 6 months", Duration.ofDays(183)),
    LAST_YEAR("Last year", Duration.ofDays(365)),
    /** Everything the archive holds: the answer starts where its oldest stored span does. */
    ALL("All", Duration.ofDays(36_500)),
    CUSTOM("Custom…", Duration.ZERO);

    /** How far back AWS keeps spot prices: what lies before can only come from the archive. */
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
