package kr.sanggwon.store;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Batched writes with replace-by-key semantics ({@link Upsert}) in the caller's {@link Transaction}, for streams of
 * rows (an import's hot path). A row whose key cannot exist yet (its quarter is new to the table, or the table was
 * empty) may go in with plain INSERT: no key lookup per row. Other rows go in with the dialect's upsert. If an
 * inserted key turns up twice (a file that repeats a row) the INSERT batch is replayed in order as upsert, which ends
 * in exactly the state upsert from the start would have left, and {@link #repeatedKey()} says so. The two kinds of
 * rows never share a key when the caller keeps that promise, so their order between each other does not matter.
 * <p>
 * A row is an {@code Object[]} holding the value of each parameter of the upsert (its columns whose value is
 * {@code ?}), in order: {@code null}, {@link Long}, {@link Integer}, {@link Double}, {@code byte[]} or anything else
 * as its {@code toString()}. SQL failures arrive as {@link DataAccessException}.
 */
public final class BatchedUpsert implements AutoCloseable {
    /** Rows per executed batch unless the caller gives another size. */
    public static final int BATCH = 5000;
    private static final String DUPLICATE_KEY = "23505";

    private final Transaction transaction;
    private final String mergeSql;
    private final int[] sqlTypes;
    private final int batch;
    private final Writer inserts;
    private final Writer merges;
    private boolean repeatedKey;

    /**
     * {@code types} gives the Java type of each parameter ({@code Long.class}, {@code Integer.class},
     * {@code Double.class}, {@code String.class}, {@code byte[].class}), used to bind nulls.
     */
    public BatchedUpsert(Transaction transaction, Upsert upsert, List<Class<?>> types) {
        this(transaction, upsert, types, BATCH);
    }

    /** As above, executing a batch every {@code batch} rows. */
    public BatchedUpsert(Transaction transaction, Upsert upsert, List<Class<?>> types, int batch) {
        long params = upsert.values().stream().filter("?"::equals).count();
        if (params != types.size()) {
            throw new IllegalArgumentException(upsert.table() + ": " + params + " parameters but " + types.size() + " types");
        }
        this.transaction = transaction;
        this.batch = batch;
        this.sqlTypes = types.stream().mapToInt(BatchedUpsert::sqlType).toArray();
        this.mergeSql = transaction.dialect().upsert(upsert);
        String insertSql = "INSERT INTO " + upsert.table() + " (" + String.join(",", upsert.columns()) + ") VALUES ("
                + String.join(",", upsert.values()) + ")";
        this.inserts = DataAccessException.unchecked(() -> new Writer(transaction.connection().prepareStatement(insertSql), true));
        this.merges = DataAccessException.unchecked(() -> new Writer(transaction.connection().prepareStatement(mergeSql), false));
    }

    /** The JDBC type of a null of Java type {@code type}. */
    static int sqlType(Class<?> type) {
        if (type == Long.class) {
            return Types.BIGINT;
        }
        if (type == Integer.class) {
            return Types.INTEGER;
        }
        if (type == Double.class) {
            return Types.DOUBLE;
        }
        if (type == byte[].class) {
            return Types.VARBINARY;
        }
        return Types.VARCHAR;
    }

    /** True once a key written with INSERT repeated (the file lists a row twice). */
    public boolean repeatedKey() {
        return repeatedKey;
    }

    /** Adds a row: with INSERT when {@code newKey} (no earlier row can have its key), else with upsert. */
    public void add(Object[] row, boolean newKey) {
        Writer w = newKey ? inserts : merges;
        try {
            bind(w.statement, row);
            w.statement.addBatch();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
        w.add(row);
        if (w.count >= batch) {
            flush(w);
        }
    }

    /** Executes the rows added so far. */
    public void flush() {
        flush(inserts);
        flush(merges);
    }

    private void flush(Writer w) {
        if (w.count == 0) {
            return;
        }
        try {
            try {
                w.statement.executeBatch();
            } catch (BatchUpdateException e) {
                if (w == merges || !isDuplicateKey(e)) {
                    throw e;
                }
                // rows of this batch that went in are merged again with the same values, so replaying in order is exact
                repeatedKey = true;
                try (PreparedStatement merge = transaction.connection().prepareStatement(mergeSql)) {
                    for (Object[] row : w.pending) {
                        bind(merge, row);
                        merge.addBatch();
                    }
                    merge.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
        w.clear();
    }

    /** One prepared statement and the rows added to its current batch (kept only where a replay may need them). */
    private static final class Writer {
        final PreparedStatement statement;
        final List<Object[]> pending;
        int count;

        Writer(PreparedStatement statement, boolean keepRows) {
            this.statement = statement;
            this.pending = keepRows ? new ArrayList<>() : null;
        }

        void add(Object[] row) {
            count++;
            if (pending != null) {
                pending.add(row);
            }
        }

        void clear() {
            count = 0;
            if (pending != null) {
                pending.clear();
            }
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (DUPLICATE_KEY.equals(s.getSQLState())) {
                return true;
            }
        }
        return DUPLICATE_KEY.equals(e.getSQLState()) || (e.getCause() instanceof SQLException c && DUPLICATE_KEY.equals(c.getSQLState()));
    }

    private void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            int p = i + 1;
            if (v == null) {
                statement.setNull(p, sqlTypes[i]);
            } else if (v instanceof Long l) {
                statement.setLong(p, l);
            } else if (v instanceof Integer n) {
                statement.setInt(p, n);
            } else if (v instanceof Double d) {
                statement.setDouble(p, d);
            } else if (v instanceof byte[] b) {
                statement.setBytes(p, b);
            } else {
                statement.setString(p, v.toString());
            }
        }
    }

    @Override
    public void close() {
        DataAccessException.unchecked(() -> {
            inserts.statement.close();
            merges.statement.close();
            return null;
        });
    }
}
