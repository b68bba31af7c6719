package kr.sanggwon.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import kr.sanggwon.store.Database;

/**
 * Every table of the database as "rows:sha256 of its rows sorted by all columns": two equal fingerprints mean not a
 * single cell changed. Used to prove that a refused file left the database exactly as it was.
 */
public final class TableFingerprint {
    private TableFingerprint() {
    }

    public static Map<String, String> of(Database db) throws SQLException {
        return of(db, t -> true, Set.of());
    }

    /**
     * The fingerprints of the tables whose name {@code tables} accepts, without the columns named in {@code skipped}
     * (upper case; e.g. {@code BATCH_ID}, which differs between two imports of the same file).
     */
    public static Map<String, String> of(Database db, Predicate<String> tables, Set<String> skipped) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connection()) {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    if (tables.test(rs.getString(1))) {
                        names.add(rs.getString(1));
                    }
                }
            }
            for (String t : names) {
                out.put(t, dump(c, t, skipped));
            }
        }
        return out;
    }

    private static String dump(Connection c, String table, Set<String> skipped) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (skipped.contains(rs.getMetaData().getColumnName(i).toUpperCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    Object v = rs.getObject(i);
                    if (v instanceof Blob b) {
                        v = HexFormat.of().formatHex(b.getBytes(1, (int) b.length()));
                    } else if (v instanceof byte[] bytes) {
                        v = HexFormat.of().formatHex(bytes);
                    }
                    sb.append(v).append('\u0001');
                }
                lines.add(sb.toString());
            }
        }
        lines.sort(null);
        MessageDigest md = sha256();
        for (String l : lines) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return lines.size() + ":" + HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
