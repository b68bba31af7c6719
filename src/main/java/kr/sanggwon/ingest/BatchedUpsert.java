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

/**
 * Batched writes of fact rows with replace-by-key semantics. Into a table that holds no rows yet it uses plain INSERT
 * (no key lookup per row: the import hot path); if a key turns up twice (a file that repeats a row, or a concurrent
 * import) it switches to MERGE and replays the current batch in order, which ends in exactly the state MERGE from the
 * start would have left. Everything stays inside the caller's transaction.
 */
final class BatchedUpsert implements AutoCloseable {
    static final int BATCH = 5000;
    private static final String DUPLICATE_KEY = "23505";

    private final Connection connection;
    private final String insertSql;
    private final String mergeSql;
    private final int[] sqlTypes;
    private final List<Object[]> pending = new ArrayList<>(BATCH);
    private PreparedStatement statement;
    private boolean merging;

    /** {@code sqlTypes} gives the java.sql.Types of each column, used to bind nulls. */
    BatchedUpsert(Connection connection, String table, List<String> keyColumns, List<String> columns, int[] sqlTypes)
            throws SQLException {
        this.connection = connection;
        this.sqlTypes = sqlTypes.clone();
        String cols = String.join(",", columns);
        String marks = String.join(",", Collections.nCopies(columns.size(), "?"));
        this.insertSql = "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")";
        this.mergeSql = "MERGE INTO " + table + " (" + cols + ") KEY (" + String.join(",", keyColumns) + ") VALUES (" + marks + ")";
        this.merging = !isEmpty(connection, table);
        this.statement = connection.prepareStatement(merging ? mergeSql : insertSql);
    }

    private static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROW ONLY")) {
            return !rs.next();
        }
    }

    /** True once the writer uses MERGE (the table was not empty, or a key repeated). */
    boolean merging() {
        return merging;
    }

    void add(Object[] row) throws SQLException {
        bind(row);
        statement.addBatch();
        pending.add(row);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            statement.executeBatch();
        } catch (BatchUpdateException e) {
            if (merging || !isDuplicateKey(e)) {
                throw e;
            }
            // rows of this batch that went in are merged again with the same values, so replaying in order is exact
            statement.close();
            merging = true;
            statement = connection.prepareStatement(mergeSql);
            for (Object[] row : pending) {
                bind(row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        pending.clear();
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (DUPLICATE_KEY.equals(s.getSQLState())) {
                return true;
            }
        }
        return DUPLICATE_KEY.equals(e.getSQLState()) || (e.getCause() instanceof SQLException c && DUPLICATE_KEY.equals(c.getSQLState()));
    }

    private void bind(Object[] row) throws SQLException {
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
        statement.close();
    }

    static int sqlType(Column.Kind kind) {
        return switch (kind) {
            case LONG -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case TEXT -> Types.VARCHAR;
        };
    }
}
