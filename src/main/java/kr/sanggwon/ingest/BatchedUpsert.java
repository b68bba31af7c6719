package kr.sanggwon.ingest;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kr.sanggwon.store.ColumnType;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * Batched writes of fact rows with replace-by-key semantics. A row whose key cannot exist yet (its quarter is new to
 * the table, or the table was empty) goes in with plain INSERT: no key lookup per row, the import hot path. Other rows
 * go in with MERGE. If an inserted key turns up twice (a file that repeats a row) the INSERT batch is replayed in order
 * as MERGE, which ends in exactly the state MERGE from the start would have left, and {@link #repeatedKey()} says so.
 * The two kinds of rows never share a key (the quarter is part of it), so their order between each other does not
 * matter. Everything stays inside the caller's transaction.
 */
final class BatchedUpsert implements AutoCloseable {
    static final int BATCH = 5000;
    private static final String DUPLICATE_KEY = "23505";

    private final Connection connection;
    private final String mergeSql;
    private final int[] sqlTypes;
    private final Writer inserts;
    private final Writer merges;
    private boolean repeatedKey;

    /** {@code sqlTypes} gives the java.sql.Types of each column, used to bind nulls. */
    BatchedUpsert(Connection connection, String table, List<String> keyColumns, List<String> columns, int[] sqlTypes)
            throws SQLException {
        this.connection = connection;
        this.sqlTypes = sqlTypes.clone();
        String cols = String.join(",", columns);
        String marks = String.join(",", Collections.nCopies(columns.size(), "?"));
        this.mergeSql = SqlDialect.of(connection).upsert(Upsert.into(table, keyColumns, columns));
        this.inserts = new Writer(connection.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")"));
        this.merges = new Writer(connection.prepareStatement(mergeSql));
    }

    static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROW ONLY")) {
            return !rs.next();
        }
    }

    /** True once a key written with INSERT repeated (the file lists a row twice). */
    boolean repeatedKey() {
        return repeatedKey;
    }

    /** Adds a row: with INSERT when {@code newKey} (no earlier row can have its key), else with MERGE. */
    void add(Object[] row, boolean newKey) throws SQLException {
        Writer w = newKey ? inserts : merges;
        bind(w.statement, row);
        w.statement.addBatch();
        w.pending.add(row);
        if (w.pending.size() >= BATCH) {
            flush(w);
        }
    }

    void flush() throws SQLException {
        flush(inserts);
        flush(merges);
    }

    private void flush(Writer w) throws SQLException {
        if (w.pending.isEmpty()) {
            return;
        }
        try {
            w.statement.executeBatch();
        } catch (BatchUpdateException e) {
            if (w == merges || !isDuplicateKey(e)) {
                throw e;
            }
            // rows of this batch that went in are merged again with the same values, so replaying in order is exact
            repeatedKey = true;
            try (PreparedStatement merge = connection.prepareStatement(mergeSql)) {
                for (Object[] row : w.pending) {
                    bind(merge, row);
                    merge.addBatch();
                }
                merge.executeBatch();
            }
        }
        w.pending.clear();
    }

    /** One prepared statement and the rows added to its current batch. */
    private static final class Writer {
        final PreparedStatement statement;
        final List<Object[]> pending = new ArrayList<>(BATCH);

        Writer(PreparedStatement statement) {
            this.statement = statement;
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
            } else {
                statement.setString(p, v.toString());
            }
        }
    }

    @Override
    public void close() throws SQLException {
        inserts.statement.close();
        merges.statement.close();
    }

    static int sqlType(ColumnType kind) {
        return kind.sqlType();
    }
}
