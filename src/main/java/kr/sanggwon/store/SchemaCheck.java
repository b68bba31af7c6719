package kr.sanggwon.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells whether every migration shipped with the app is already applied, so that opening a current database skips
 * Flyway (loading its classes, scanning and validating costs about a second of CPU at every CLI call). Any doubt —
 * no history table, a failed migration, a version not applied yet, migrations that cannot be listed — means "not
 * current", and Flyway runs as before.
 */
final class SchemaCheck {
    static final String LOCATION = "db/migration";
    /** PostgreSQL's migrations: a baseline equal to H2's schema at V92, then the twins of later H2 migrations (ADR 0018). */
    static final String POSTGRES_LOCATION = "db/postgresql";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private SchemaCheck() {
    }

    /** True when the history table lists every shipped migration as applied and none as failed. */
    static boolean isCurrent(Connection c) {
        return isCurrent(c, LOCATION);
    }

    /** Like {@link #isCurrent(Connection)} for the migrations in {@code location}. */
    static boolean isCurrent(Connection c, String location) {
        Set<String> shipped = shippedVersions(location);
        if (shipped.isEmpty()) {
            return false;
        }
        try {
            Set<String> applied = appliedVersions(c);
            return applied != null && applied.containsAll(shipped);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Versions applied successfully, or null when a migration failed or there is no history yet. */
    static Set<String> appliedVersions(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet tables = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_NAME = 'flyway_schema_history' AND TABLE_SCHEMA = CURRENT_SCHEMA")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return null;
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return null;
                }
                if (rs.getString(1) != null) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Versions of the V…__*.sql files in {@link #LOCATION} on the class path, as Flyway writes them ("1", "20", "1.1"). */
    static Set<String> shippedVersions() {
        return shippedVersions(LOCATION);
    }

    /** Like {@link #shippedVersions()} for the migrations in {@code location}. */
    static Set<String> shippedVersions(String location) {
        Set<String> out = new HashSet<>();
        URL url = SchemaCheck.class.getClassLoader().getResource(location);
        if (url == null) {
            return out;
        }
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection jar = (JarURLConnection) url.openConnection();
                jar.setUseCaches(true);
                Enumeration<JarEntry> entries = jar.getJarFile().entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(location + "/") && name.indexOf('/', location.length() + 1) < 0) {
                        add(out, name.substring(location.length() + 1));
                    }
                }
            } else if (url.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(f -> add(out, f.getFileName().toString()));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            out.clear();
        }
        return out;
    }

    private static void add(Set<String> out, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            out.add(m.group(1).replace('_', '.'));
        }
    }
}
