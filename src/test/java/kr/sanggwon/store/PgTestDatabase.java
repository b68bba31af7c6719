package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh, empty schema on the test PostgreSQL server named by {@value #ENV} (a JDBC URL; .ci/run starts a throwaway
 * server and sets it). Each test gets its own schema (the URL's {@code currentSchema}), dropped again on close, so
 * tests never see each other's tables. Without the variable the PostgreSQL tests are skipped.
 */
public final class PgTestDatabase implements AutoCloseable {
    public static final String ENV = "SANGGWON_TEST_PG_URL";

    private final String serverUrl;
    private final String schema;

    private PgTestDatabase(String serverUrl, String schema) {
        this.serverUrl = serverUrl;
        this.schema = schema;
    }

    /** The test server's URL, or empty when {@value #ENV} is not set. */
    public static Optional<String> serverUrl() {
        String url = System.getenv(ENV);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** Creates a new empty schema on the test server. */
    public static PgTestDatabase create() throws SQLException {
        String url = serverUrl().orElseThrow(() -> new IllegalStateException(ENV + " is not set"));
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return new PgTestDatabase(url, schema);
    }

    public String schema() {
        return schema;
    }

    /** Where the app finds this schema: the server URL with {@code currentSchema} set. */
    public DatabaseLocation location() {
        return new DatabaseLocation(url(), null, null);
    }

    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
