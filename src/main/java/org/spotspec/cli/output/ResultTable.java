package org.spotspec.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command's result as a table of values, printed by {@link Printer} in any {@link OutputFormat}.
 * Values are {@code String}, {@code Number} ({@code BigDecimal} for prices), {@code Instant},
 * {@code Boolean} or {@code null} (unknown or absent).
 */
public final class ResultTable {
    private final List<Column> columns;
    private final List<List<Object>> values = new ArrayList<>();

    public ResultTable(Column... columns) {
        this.columns = List.of(columns);
    }

    /** Adds a row; one value per column, in column order. */
    public ResultTable add(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + row.length);
        }
        values.add(Arrays.asList(row.clone()));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
