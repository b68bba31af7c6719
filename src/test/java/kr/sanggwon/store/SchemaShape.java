package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a migrated schema holds, read through JDBC metadata so H2 and PostgreSQL are described alike: each table's
 * columns with their type family and its primary key. Flyway's own history table is left out.
 */
record SchemaShape(Map<String, Table> tables) {

    record Table(Map<String, String> columns, List<String> primaryKey) {
    }

    static SchemaShape read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase("flyway_schema_history")) {
                    tables.put(name.toLowerCase(Locale.ROOT), new Table(columns(meta, schema, name), primaryKey(meta, schema, name)));
                }
            }
        }
        return new SchemaShape(tables);
    }

    /**
     * The differences of {@code other} (named {@code otherName}) from this schema (named {@code name}), one line each,
     * naming the table and column; empty when they match.
     */
    List<String> differences(String name, SchemaShape other, String otherName) {
        List<String> out = new ArrayList<>();
        for (var e : tables.entrySet()) {
            Table theirs = other.tables.get(e.getKey());
            if (theirs == null) {
                out.add("table " + e.getKey() + ": in " + name + " but missing in " + otherName);
                continue;
            }
            Table ours = e.getValue();
            for (var col : ours.columns().entrySet()) {
                String family = theirs.columns().get(col.getKey());
                if (family == null) {
                    out.add("table " + e.getKey() + ": column " + col.getKey() + " missing in " + otherName);
                } else if (!family.equals(col.getValue())) {
                    out.add("table " + e.getKey() + ": column " + col.getKey() + " is " + col.getValue() + " in " + name
                            + " but " + family + " in " + otherName);
                }
            }
            for (String col : theirs.columns().keySet()) {
                if (!ours.columns().containsKey(col)) {
                    out.add("table " + e.getKey() + ": column " + col + " missing in " + name);
                }
            }
            if (!ours.primaryKey().equals(theirs.primaryKey())) {
                out.add("table " + e.getKey() + ": primary key " + ours.primaryKey() + " in " + name + " but "
                        + theirs.primaryKey() + " in " + otherName);
            }
        }
        for (String table : other.tables.keySet()) {
            if (!tables.containsKey(table)) {
                out.add("table " + table + ": in " + otherName + " but missing in " + name);
            }
        }
        return out;
    }

    private static Map<String, String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), family(rs.getInt("DATA_TYPE")));
            }
        }
        return out;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        TreeMap<Short, String> bySeq = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySeq.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(bySeq.values());
    }

    /** The type family: what the app reads and writes, not how each database spells it (BLOB and BYTEA are binary). */
    static String family(int jdbcType) {
        return switch (jdbcType) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> "double";
            case Types.NUMERIC, Types.DECIMAL -> "decimal";
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB -> "text";
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> "binary";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.DATE -> "date";
            case Types.TIMESTAMP -> "timestamp";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            default -> "jdbc type " + jdbcType;
        };
    }
}
