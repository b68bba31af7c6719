package kr.sanggwon.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database in one data folder. Holds an exclusive lock on the folder for its lifetime so a
 * second instance fails with a clear message instead of corrupting the store.
 */
public final class Database implements AutoCloseable {
    /** Durable settings: commits are written before they are acknowledged; no trace file, no auto-server. */
    static final String SETTINGS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;

    private Database(Path folder, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code folder}. Flyway runs only when a shipped migration
     * is not applied yet; a current database opens without it (the CLI's read-only commands start faster).
     */
    public static Database open(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve("sanggwon.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StoreException("store.inUse", folder);
            }
            // retry: reopens the file when a thread is interrupted during I/O (a task runner shut down mid-query)
            // instead of closing the whole database for every other connection
            String url = "jdbc:h2:retry:" + folder.resolve("sanggwon").toAbsolutePath() + SETTINGS;
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(16);
            if (!schemaCurrent(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:" + SchemaCheck.LOCATION)
                        .outOfOrder(true)
                        .load()
                        .migrate();
            }
            return new Database(folder, channel, lock, pool);
        } catch (IOException e) {
            closeQuietly(channel);
            if (StorageFailure.readOnly(e)) {
                throw new StoreException("store.readOnly", folder);
            }
            throw new StoreException("store.cannotOpen", folder, e.getMessage());
        } catch (RuntimeException e) {
            if (!(e instanceof StoreException)) {
                closeQuietly(channel);
                if (StorageFailure.readOnly(e)) {
                    throw new StoreException("store.readOnly", folder);
                }
                if (StorageFailure.diskFull(e)) {
                    throw new StoreException("store.diskFull", folder);
                }
                throw new StoreException("store.cannotOpen", folder, e.getMessage());
            }
            throw e;
        }
    }

    /** Every shipped migration already applied: Flyway need not run (see {@link SchemaCheck}). */
    private static boolean schemaCurrent(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection()) {
            return SchemaCheck.isCurrent(c);
        } catch (SQLException e) {
            return false;
        }
    }

    public Path folder() {
        return folder;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code work} in one transaction: all of it commits, or none of it does. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } catch (Exception e) {
                c.rollback();
                throw new SQLException(e);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        pool.dispose();
        try {
            lock.release();
        } catch (IOException ignored) {
            // the OS releases it with the process anyway
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }
}
