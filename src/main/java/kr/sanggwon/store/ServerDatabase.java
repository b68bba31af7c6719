package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connecting to a shared PostgreSQL server and bringing its schema up to date. The connections are pooled by the same
 * small pool the embedded database uses (it accepts any {@code ConnectionPoolDataSource}). Flyway runs the PostgreSQL
 * migrations ({@link SchemaCheck#POSTGRES_LOCATION}); PostgreSQL runs DDL inside the migration's transaction and Flyway
 * takes an advisory lock, so a failed migration leaves the schema as it was and two apps starting together do not
 * both migrate. No file backup is taken here: the server's data is backed up on the server.
 */
final class ServerDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    /** The tables that hold case files: rewritten after a client is purged so the deleted rows leave the table files. */
    private static final String CASE_TABLES = "consult_client, consult_consultation, consult_scenario, consult_survey, consult_actual";

    private ServerDatabase() {
    }

    static JdbcConnectionPool connect(DatabaseLocation location) {
        PGConnectionPoolDataSource source = dataSource(location);
        String password = source.getPassword();
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(16);
        try {
            migrate(pool);
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("store.db.cannotConnect", location.safeUrl(), reason(e, password));
        }
    }

    /**
     * The driver's data source for {@code location}. A password typed into the URL is moved into the driver's
     * properties, so no URL the driver keeps (and Flyway or an error message may show) carries it.
     */
    static PGConnectionPoolDataSource dataSource(DatabaseLocation given) {
        DatabaseLocation location = given.passwordOutOfUrl();
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        String password = location.password();
        String url = location.url();
        try {
            source.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new StoreException("store.db.badUrl", location.safeUrl());
        }
        if (location.user() != null) {
            source.setUser(location.user());
        }
        if (password != null) {
            source.setPassword(password);
        }
        source.setApplicationName("Sanggwon Desk");
        source.setConnectTimeout(10);
        // batched INSERTs are sent as multi-row statements: imports go several times faster over the network
        source.setReWriteBatchedInserts(true);
        return source;
    }

    static String reason(Throwable e, String password) {
        // the driver's own words, without the password (the message reaches the screen and the app's log)
        return Redact.text(rootMessage(e), password);
    }

    private static void migrate(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            if (SchemaCheck.isCurrent(c, SchemaCheck.POSTGRES_LOCATION)) {
                return;
            }
        }
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:" + SchemaCheck.POSTGRES_LOCATION)
                .outOfOrder(true)
                .load()
                .migrate();
    }

    /** Rewrites the case-file tables without their dead rows (a purged client's); kept quiet when not allowed. */
    static boolean compactCaseFiles(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("VACUUM FULL " + CASE_TABLES);
            return true;
        } catch (SQLException e) {
            LOG.warn("could not rewrite the case-file tables after a purge (SQL state {})", e.getSQLState());
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
