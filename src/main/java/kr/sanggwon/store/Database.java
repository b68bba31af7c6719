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
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The app's database: the embedded H2 database in one data folder (the default), or a shared PostgreSQL server
 * ({@link DatabaseLocation}). For H2 it holds an exclusive lock on the folder for its lifetime so a second instance fails
 * with a clear message instead of corrupting the store; a server is shared by design, so no lock is taken there and
 * the folder only holds this computer's side files (logs, rejected rows, backups of H2 workspaces).
 */
public final class Database implements AutoCloseable {
    /** Durable settings: commits are written before they are acknowledged; no trace file, no auto-server. */
    static final String SETTINGS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";

    private final Path folder;
    private final DatabaseLocation location;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final DataVersionService versions = DataVersionService.of(this);

    private Database(Path folder, DatabaseLocation location, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool) {
        this.folder = folder;
        this.location = location;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
    }

    /**
     * Opens the database at {@code location}: the embedded one in {@code folder}, or a PostgreSQL server (migrated with
     * the PostgreSQL migrations, see {@link ServerDatabase}); {@code folder} then holds only side files.
     */
    public static Database open(Path folder, DatabaseLocation location) {
        if (location.embedded()) {
            return open(folder);
        }
        return new Database(folder.toAbsolutePath().normalize(), location, null, null, ServerDatabase.connect(location));
    }

    /**
     * Opens (creating if needed) and migrates the database in {@code folder}. Flyway runs only when a shipped migration
     * is not applied yet; a current database opens without it (the CLI's read-only commands start faster).
     */
    public static Database open(Path folder) {
        return open(folder, List.of());
    }

    /**
     * Like {@link #open(Path)} with more migration locations (tests add one holding a deliberately failing migration);
     * with any extra location Flyway always runs.
     */
    static Database open(Path folder, List<String> extraLocations) {
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
            if (!extraLocations.isEmpty() || !schemaCurrent(pool)) {
                List<String> locations = new ArrayList<>();
                locations.add("classpath:" + SchemaCheck.LOCATION);
                locations.addAll(extraLocations);
                MigrationGuard.migrate(folder, pool, channel, locations);
            }
            return new Database(folder, DatabaseLocation.EMBEDDED, channel, lock, pool);
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

    /** Where the data lives (H2 in {@link #folder()} or a server); its {@code toString} hides the password. */
    public DatabaseLocation location() {
        return location;
    }

    /** True for the embedded H2 database (file backups, compaction and the folder lock apply only to it). */
    public boolean embedded() {
        return location.embedded();
    }

    /** The version of this database's data and its change events (ADR 0020). */
    public DataVersionService versions() {
        return versions;
    }

    /** The dialect of this database, for the statements that differ between H2 and PostgreSQL. */
    public SqlDialect dialect() {
        return embedded() ? H2Dialect.INSTANCE : PostgresDialect.INSTANCE;
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

    /**
     * Takes a backup of this database into its workspace's {@code backups/} folder and rotates that kind. A shared
     * server is backed up on the server (pg_dump), where its administrator keeps the backups of everyone's data.
     */
    public BackupFolder.Entry backup(BackupReason reason) {
        if (!embedded()) {
            throw new StoreException("store.db.backupOnServer", location.safeUrl());
        }
        try (Connection c = connection()) {
            return new BackupFolder(folder).take(c, reason);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("backup.failed", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        shutdown("SHUTDOWN");
    }

    /**
     * Closes like {@link #close()} but has H2 rewrite the file without its free space first, so deleted rows (a purged
     * client) no longer exist anywhere in it.
     */
    public void closeCompacted() {
        shutdown("SHUTDOWN COMPACT");
    }

    /**
     * On a shared server: rewrites the case-file tables without their deleted rows (PostgreSQL's VACUUM FULL), the
     * server's counterpart of {@link #closeCompacted()}. False when the server did not allow it (not the tables' owner).
     */
    public boolean compactCaseFiles() {
        if (embedded()) {
            throw new IllegalStateException("the embedded database is compacted by closeCompacted()");
        }
        return ServerDatabase.compactCaseFiles(pool);
    }

    private void shutdown(String command) {
        if (!embedded()) {
            if (command.endsWith("COMPACT")) {
                ServerDatabase.compactCaseFiles(pool);
            }
            pool.dispose();
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute(command);
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

    static void closeQuietly(FileChannel channel) {
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
