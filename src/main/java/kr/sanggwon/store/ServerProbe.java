package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * "Test connection": reaches a server with the given address and credentials and says what is there, without
 * changing anything (the schema is made or updated only when the database is opened for use).
 */
public final class ServerProbe {

    /** What the server said: its version, and whether Sanggwon Desk's tables are there and up to date. */
    public record Result(String serverVersion, Schema schema) {
    }

    /** The state of the app's tables in the database the address names. */
    public enum Schema {
        /** No tables of the app yet: the first open creates them. */
        NONE,
        /** The tables of an older version: the first open of this version updates them. */
        OLDER,
        /** Every table of this version is there. */
        CURRENT
    }

    private ServerProbe() {
    }

    /** Connects once to {@code location} (a server); a failure is a {@link StoreException} without the password. */
    public static Result probe(DatabaseLocation location) {
        if (location.embedded()) {
            throw new IllegalArgumentException("the embedded database needs no connection test");
        }
        var source = ServerDatabase.dataSource(location);
        try (Connection c = source.getConnection()) {
            String version;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            Set<String> applied = SchemaCheck.appliedVersions(c);
            Schema schema = applied == null || applied.isEmpty() ? Schema.NONE
                    : SchemaCheck.isCurrent(c, SchemaCheck.POSTGRES_LOCATION) ? Schema.CURRENT : Schema.OLDER;
            return new Result(version, schema);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("store.db.cannotConnect", location.safeUrl(), ServerDatabase.reason(e, source.getPassword()));
        }
    }
}
