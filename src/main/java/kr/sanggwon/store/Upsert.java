package kr.sanggwon.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A write that inserts a row or, when a row with the same key exists, replaces its other columns. Only the shape is
 * given here (table, key, columns and the value of each); a {@link SqlDialect} turns it into its database's SQL.
 * Values are JDBC parameters ({@code ?}) unless {@link #withValue} sets a constant expression for a column.
 */
public record Upsert(String table, List<String> keyColumns, List<String> columns, List<String> values) {

    public Upsert {
        keyColumns = List.copyOf(keyColumns);
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        if (columns.isEmpty() || keyColumns.isEmpty()) {
            throw new IllegalArgumentException("an upsert into " + table + " needs columns and a key");
        }
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(table + ": " + columns.size() + " columns but " + values.size() + " values");
        }
        if (!columns.containsAll(keyColumns)) {
            throw new IllegalArgumentException(table + ": key " + keyColumns + " not among the columns " + columns);
        }
    }

    /** Every column bound as a parameter, in the order given. */
    public static Upsert into(String table, List<String> keyColumns, List<String> columns) {
        return new Upsert(table, keyColumns, columns, Collections.nCopies(columns.size(), "?"));
    }

    /** The same upsert with {@code column} set to a constant SQL expression (e.g. {@code 'D'}, {@code TRUE}). */
    public Upsert withValue(String column, String expression) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(column + " not among the columns of " + table);
        }
        List<String> changed = new ArrayList<>(values);
        changed.set(i, expression);
        return new Upsert(table, keyColumns, columns, changed);
    }

    /** The columns a matching row gets replaced: all but the key. */
    public List<String> updatedColumns() {
        List<String> out = new ArrayList<>(columns);
        out.removeAll(keyColumns);
        return out;
    }
}
