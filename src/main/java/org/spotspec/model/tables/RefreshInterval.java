package org.spotspec.model.tables;

import java.time.Duration;

/** How often a table refreshes itself. */
public enum RefreshInterval {
    OFF("Auto-refresh off", Duration.ZERO),
    SECONDS_15("Every 15 s", Duration.ofSeconds(15)),
    SECONDS_30("Every 30 s", Duration.ofSeconds(30)),
    MINUTE_1("Every minute", Duration.ofMinutes(1)),
    MINUTES_5("Every 5 minutes", Duration.ofMinutes(5));

    private final String label;
    private final Duration period;

    RefreshInterval(String label, Duration period) {
        this.label = label;
        this.period = period;
    }

    public Duration period() {
        return period;
    }

    public boolean isOn() {
        return this != OFF;
    }

    @Override
    public String toString() {
        return label;
    }
}
