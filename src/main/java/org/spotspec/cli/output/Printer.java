package org.spotspec.cli.output;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.spotspec.prices.Csv;

/**
 * Prints {@link ResultTable} as a table, JSON or CSV. Times are ISO-8601 in UTC everywhere; prices are
 * decimal numbers as EC2 writes them (JSON numbers, never strings or exponents).
 */
public final class Printer {
    private static final String GAP = "  ";

    private Printer() {
    }

    public static void print(ResultTable rows, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(table(rows));
            case JSON -> out.print(json(rows));
            case CSV -> out.print(csv(rows));
        }
        out.flush();
    }

    /** Aligned columns, numbers right-aligned, {@code -} for a missing value, no trailing spaces. */
    public static String table(ResultTable rows) {
        var shown = new ArrayList<Integer>();
        for (int c = 0; c < rows.columns().size(); c++) {
            if (rows.columns().get(c).inTable()) {
                shown.add(c);
            }
        }
        var lines = new ArrayList<List<String>>();
        lines.add(shown.stream().map(c -> rows.columns().get(c).header()).toList());
        rows.values().forEach(row -> lines.add(shown.stream().map(c -> text(row.get(c))).toList()));
        int[] widths = new int[shown.size()];
        lines.forEach(l -> {
            for (int i = 0; i < l.size(); i++) {
                widths[i] = Math.max(widths[i], l.get(i).length());
            }
        });
        var numeric = shown.stream().map(c -> isNumeric(rows, c)).toList();
        var out = new StringBuilder();
        for (var cells : lines) {
            var line = new StringBuilder();
            for (int i = 0; i < shown.size(); i++) {
                var cell = cells.get(i);
                boolean right = numeric.get(i);
                var pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : GAP).append(right ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** A column of numbers (and gaps) is right-aligned, heading included. */
    private static boolean isNumeric(ResultTable rows, int column) {
        var values = rows.values().stream().map(r -> r.get(column)).filter(v -> v != null).toList();
        return !values.isEmpty() && values.stream().allMatch(v -> v instanceof Number);
    }

    /** An array with one object per row, one object per line; {@code []} when there are none. */
    public static String json(ResultTable rows) {
        if (rows.isEmpty()) {
            return "[]\n";
        }
        var out = new StringBuilder("[\n");
        for (int r = 0; r < rows.values().size(); r++) {
            var row = rows.values().get(r);
            out.append("  {");
            for (int c = 0; c < rows.columns().size(); c++) {
                out.append(c == 0 ? "" : ", ").append(Json.string(rows.columns().get(c).key())).append(": ")
                        .append(Json.value(row.get(c)));
            }
            out.append(r + 1 < rows.values().size() ? "},\n" : "}\n");
        }
        return out.append("]\n").toString();
    }

    /** RFC 4180: a header row, CRLF line ends, fields quoted when they must be. */
    public static String csv(ResultTable rows) {
        var out = new StringBuilder();
        out.append(String.join(",", rows.columns().stream().map(Column::csvHeader).toList())).append("\r\n");
        for (var row : rows.values()) {
            var fields = row.stream().map(v -> Csv.field(raw(v))).toList();
            out.append(String.join(",", fields)).append("\r\n");
        }
        return out.toString();
    }

    /** A cell of the table: {@code -} for nothing. */
    static String text(Object value) {
        var s = raw(value);
        return s.isEmpty() ? "-" : s.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** A value as plain text, {@code ""} for nothing. */
    static String raw(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value instanceof Instant i ? i.toString() : value.toString();
    }
}
