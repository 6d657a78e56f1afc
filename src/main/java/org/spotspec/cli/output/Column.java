package org.spotspec.cli.output;

/**
 * One field of a result.
 *
 * @param key     the JSON field name (camelCase); the CSV header is its snake_case form
 * @param header  the table heading
 * @param inTable whether the table shows it (JSON and CSV always carry every column)
 */
public record Column(String key, String header, boolean inTable) {

    public static Column of(String key, String header) {
        return new Column(key, header, true);
    }

    /** A column only JSON and CSV carry, to keep the table narrow. */
    public static Column detail(String key) {
        return new Column(key, key, false);
    }

    /** {@code availabilityZone} → {@code availability_zone}. */
    public String csvHeader() {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
