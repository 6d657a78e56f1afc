package org.spotspec.cli.output;

/** How a command prints its result on standard output. */
public enum OutputFormat {
    /** Aligned columns for people; the default. */
    TABLE,
    /** An array of objects with camelCase fields, for scripts ({@code jq}). */
    JSON,
    /** A header row and one row per item, RFC 4180, for spreadsheets. */
    CSV
}
