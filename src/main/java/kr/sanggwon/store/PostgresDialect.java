package kr.sanggwon.store;

import java.util.stream.Collectors;

/**
 * PostgreSQL: {@code INSERT … ON CONFLICT (key) DO UPDATE SET c = EXCLUDED.c} for every non-key column, which leaves
 * the same row H2's MERGE … KEY does. The key must be the table's primary key or a unique constraint (every
 * upsert in the app writes by primary key). A write of key columns only has nothing to update: DO NOTHING.
 */
public final class PostgresDialect implements SqlDialect {
    static final String PRODUCT = "PostgreSQL";
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return PRODUCT;
    }

    @Override
    public String nextValue(String sequence) {
        return "nextval('" + sequence + "')";
    }

    @Override
    public String upsert(Upsert u) {
        String insert = "INSERT INTO " + u.table() + " (" + String.join(", ", u.columns()) + ") VALUES ("
                + String.join(", ", u.values()) + ") ON CONFLICT (" + String.join(", ", u.keyColumns()) + ")";
        if (u.updatedColumns().isEmpty()) {
            return insert + " DO NOTHING";
        }
        return insert + " DO UPDATE SET " + u.updatedColumns().stream()
                .map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
    }
}
