package kr.sanggwon.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog says what the migrations built: every table, key and measure column with a matching type. */
class FactTableTest {

    @Test
    void everyCatalogTableMatchesTheMigratedSchema(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            for (FactTable t : FactTable.values()) {
                Map<String, String> schema = columns(c, t.table());
                assertTrue(schema.keySet().containsAll(t.keyColumns()), t + " key " + t.keyColumns() + " vs " + schema.keySet());
                assertTrue(schema.containsKey("lvl") && schema.containsKey("batch_id"), t.table());
                List<String> expected = new ArrayList<>(t.keyColumns());
                expected.add("lvl");
                for (TableColumn m : t.measures()) {
                    expected.add(m.name());
                    assertEquals(sqlTypeFamily(m.type()), family(schema.get(m.name())), t.table() + "." + m.name());
                }
                expected.add("batch_id");
                List<String> actual = new ArrayList<>(schema.keySet());
                actual.sort(null);
                expected.sort(null);
                assertEquals(expected, actual, "columns of " + t.table());
                assertEquals(t.keyColumns(), primaryKey(c, t.table()), "primary key of " + t.table());
            }
        }
    }

    @Test
    void anUnknownColumnIsAProgrammingError() {
        assertEquals(ColumnType.LONG, FactTable.POPULATION.measure("total").type());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FactTable.POPULATION.measure("sales_amt"));
    }

    private static String sqlTypeFamily(ColumnType type) {
        return switch (type) {
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case TEXT -> "TEXT";
        };
    }

    private static String family(String dataType) {
        if (dataType == null) {
            return null;
        }
        if (dataType.contains("CHAR")) {
            return "TEXT";
        }
        return dataType.startsWith("DOUBLE") ? "DOUBLE" : dataType;
    }

    private static Map<String, String> columns(Connection c, String table) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT LOWER(COLUMN_NAME), DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE LOWER(TABLE_NAME) = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static List<String> primaryKey(Connection c, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT LOWER(k.COLUMN_NAME) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " AND k.TABLE_NAME = t.TABLE_NAME WHERE t.CONSTRAINT_TYPE = 'PRIMARY KEY' AND LOWER(t.TABLE_NAME) = ?"
                + " ORDER BY k.ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
