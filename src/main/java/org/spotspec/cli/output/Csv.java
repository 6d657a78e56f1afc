package org.spotspec.cli.output;

/** RFC 4180 fields. */
public final class Csv {
    private Csv() {
    }

    /** Quotes a field when it holds a comma, quote or line break, doubling inner quotes. */
    public static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
