package kr.sanggwon.store;

import java.nio.channels.FileChannel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Runs Flyway on a database that already holds data only after a backup of it (reason {@code migration}); when a
 * migration fails, the database file is put back from that backup and the user is told so.
 */
final class MigrationGuard {
    private MigrationGuard() {
    }

    static void migrate(java.nio.file.Path folder, JdbcConnectionPool pool, FileChannel lockChannel, List<String> locations) {
        BackupFolder.Entry safety = null;
        try (Connection c = pool.getConnection()) {
            Set<String> applied = SchemaCheck.appliedVersions(c);
            if (applied != null && !applied.isEmpty()) {
                safety = new BackupFolder(folder).take(c, BackupReason.MIGRATION);
            }
        } catch (SQLException | java.io.IOException e) {
            pool.dispose();
            Database.closeQuietly(lockChannel);
            throw new StoreException("backup.beforeMigrationFailed", folder, e.getMessage());
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(locations.toArray(String[]::new))
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            if (safety == null) {
                throw e;
            }
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // closed already
            }
            pool.dispose();
            String reason = firstLine(e);
            try {
                BackupArchive.extract(safety.file(), folder.resolve("sanggwon.mv.db"));
            } finally {
                Database.closeQuietly(lockChannel);
            }
            throw new StoreException("backup.migrationFailedRestored", folder, safety.file().getFileName(), reason);
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
