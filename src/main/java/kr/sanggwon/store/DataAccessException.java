package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database failure that the caller cannot fix (bad SQL, a broken connection, a full disk): the one unchecked
 * exception repositories throw instead of {@link SQLException}, so that features, the CLI and the UI do not import
 * {@code java.sql} to pass it on (issue #9). Not a {@link kr.sanggwon.common.UserException}: it reaches the
 * unexpected-error path (error log + dialog / CLI line) as the {@code SQLException} did, with it as the cause.
 */
public final class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** The SQL state of the failure (as {@link SQLException#getSQLState()}). */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlCall<T> {
        T call(Connection c) throws SQLException;
    }

    /** Work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    /** The result of {@code work}; its {@link SQLException} becomes this exception. */
    public static <T> T unchecked(SqlSupplier<T> work) {
        try {
            return work.get();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Runs {@code work} on a new connection of {@code database}, closing it after; SQL errors become this exception. */
    public static <T> T read(Database database, SqlCall<T> work) {
        try (Connection c = database.connection()) {
            return work.call(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Runs {@code work} in one transaction of {@code database} (see {@link Database#inTransaction}), unchecked. */
    public static <T> T write(Database database, SqlCall<T> work) {
        try {
            return database.inTransaction(work::call);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }
}
