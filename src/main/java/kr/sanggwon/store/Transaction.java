package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open transaction of a {@link Database}, as a feature hands it to its repositories: the feature's own code (an
 * importer streaming rows, for instance) never sees the {@link Connection} behind it, only the repositories do. All
 * the work given the same handle commits together or not at all.
 */
public final class Transaction {
    private final Connection connection;
    private SqlDialect dialect;

    private Transaction(Connection connection) {
        this.connection = connection;
    }

    /** Work done in one transaction; any exception rolls all of it back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Transaction transaction) throws Exception;
    }

    /**
     * Runs {@code work} in one transaction of {@code database} (see {@link Database#inTransaction}): it commits when
     * {@code work} returns and rolls back when it throws. A runtime exception (a repository's
     * {@link DataAccessException} among them) is rethrown as it is; an {@link SQLException}, or a checked exception
     * of the work as the cause of one, arrives as a {@link DataAccessException}.
     */
    public static <T> T run(Database database, Work<T> work) {
        try {
            return database.inTransaction(c -> work.run(new Transaction(c)));
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** The handle of a transaction the caller already runs on {@code connection} (tests, tools with their own connection). */
    public static Transaction on(Connection connection) {
        return new Transaction(connection);
    }

    /** The connection of this transaction: for repositories only. */
    public Connection connection() {
        return connection;
    }

    /** The SQL dialect of the database behind this transaction (read once). */
    public SqlDialect dialect() {
        if (dialect == null) {
            dialect = DataAccessException.unchecked(() -> SqlDialect.of(connection));
        }
        return dialect;
    }
}
