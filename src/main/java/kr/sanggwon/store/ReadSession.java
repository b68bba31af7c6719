package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open connection that a feature passes through several repository reads, so that the parts of one screen come
 * from one data version (issue #9). The feature holds it without touching {@code java.sql}; a repository runs its SQL
 * on it with {@link #sql}. Not thread-safe: one session per reading, closed after it.
 */
public final class ReadSession implements AutoCloseable {
    private final Connection connection;

    private ReadSession(Connection connection) {
        this.connection = connection;
    }

    /** Opens a session on a new connection of {@code database}. */
    public static ReadSession open(Database database) {
        try {
            return new ReadSession(database.connection());
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Runs a repository's {@code work} on this session's connection; its {@link SQLException} becomes a {@link DataAccessException}. */
    public <T> T sql(DataAccessException.SqlCall<T> work) {
        try {
            return work.call(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }
}
