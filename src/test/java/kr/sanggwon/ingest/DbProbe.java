package kr.sanggwon.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.sanggwon.store.Database;

/** Test helper: single values, and a fingerprint (row count + checksum of a sorted dump) of every table. */
final class DbProbe {
    private final Database db;

    DbProbe(Database db) {
        this.db = db;
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** First column → the other columns joined with '|', for every row of a query. */
    Map<String, String> rows(String sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 2; i <= n; i++) {
                    sb.append(rs.getObject(i)).append('|');
                }
                out.put(rs.getString(1), sb.toString());
            }
        }
        return out;
    }

    /** Table name → "rows:sha256 of all rows sorted by every column" for every table of the schema. */
    Map<String, String> fingerprint() throws Exception {
        return fingerprint(db);
    }

    static Map<String, String> fingerprint(Database db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connection()) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                out.put(t, dump(c, "SELECT * FROM \"" + t + "\""));
            }
        }
        return out;
    }

    /** Rows and checksum of a query's result, sorted by all its columns; {@code except} columns are left out. */
    String dump(String sql) throws Exception {
        try (Connection c = db.connection()) {
            return dump(c, sql);
        }
    }

    private static String dump(Connection c, String sql) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        long rows = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.sql.Blob b) {
                        v = HexFormat.of().formatHex(b.getBytes(1, (int) b.length()));
                    } else if (v instanceof byte[] bytes) {
                        v = HexFormat.of().formatHex(bytes);
                    }
                    sb.append(v).append('\u0001');
                }
                lines.add(sb.toString());
                rows++;
            }
            lines.sort(null);
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
        }
        return rows + ":" + HexFormat.of().formatHex(md.digest());
    }
}
