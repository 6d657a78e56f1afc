package org.spotspec.settings;

/**
 * The Prices tab's placement score query as last asked: capacity and unit as typed, per zone, and
 * "by vCPUs and memory" with its ranges. The types and regions are the price query's own.
 */
public record ScoreQuerySettings(String capacity, String unit, boolean perZone, boolean byRequirements,
                                 String vcpus, String memoryGib) {
    public ScoreQuerySettings {
        capacity = capacity == null ? "" : capacity;
        unit = unit == null ? "" : unit;
        vcpus = vcpus == null ? "" : vcpus;
        memoryGib = memoryGib == null ? "" : memoryGib;
    }

    public static ScoreQuerySettings none() {
        return new ScoreQuerySettings("", "", false, false, "", "");
    }
}
