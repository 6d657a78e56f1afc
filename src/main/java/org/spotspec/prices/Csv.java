package org.spotspec.prices;

/**
 * RFC 4180 fields, for every CSV the app writes: the price statistics ({@link PriceCsv}) and the
 * command line's tables ({@code cli.output.Printer}). It lives here, the lower of the two
 * packages, because the command line may use prices but prices may not use the command line.
 */
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
