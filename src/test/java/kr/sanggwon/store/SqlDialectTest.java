package kr.sanggwon.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlDialectTest {
    private static final Upsert DISTRICT = Upsert.into("district", List.of("code"), List.of("code", "lvl", "name", "batch_id"))
            .withValue("lvl", "'D'");

    @Test
    void h2WritesMergeWithKey() {
        assertEquals("MERGE INTO district (code, lvl, name, batch_id) KEY (code) VALUES (?, 'D', ?, ?)",
                H2Dialect.INSTANCE.upsert(DISTRICT));
    }

    @Test
    void postgresWritesOnConflictUpdatingEveryNonKeyColumn() {
        assertEquals("INSERT INTO district (code, lvl, name, batch_id) VALUES (?, 'D', ?, ?) ON CONFLICT (code)"
                        + " DO UPDATE SET lvl = EXCLUDED.lvl, name = EXCLUDED.name, batch_id = EXCLUDED.batch_id",
                PostgresDialect.INSTANCE.upsert(DISTRICT));
    }

    @Test
    void postgresWithACompositeKeyAndNothingElseDoesNothingOnConflict() {
        Upsert keysOnly = Upsert.into("pair", List.of("a", "b"), List.of("a", "b"));
        assertEquals("INSERT INTO pair (a, b) VALUES (?, ?) ON CONFLICT (a, b) DO NOTHING", PostgresDialect.INSTANCE.upsert(keysOnly));
        assertEquals("MERGE INTO pair (a, b) KEY (a, b) VALUES (?, ?)", H2Dialect.INSTANCE.upsert(keysOnly));
    }

    @Test
    void anUpsertWhoseKeyIsNotWrittenOrWhoseValuesDoNotMatchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Upsert.into("t", List.of("id"), List.of("name")));
        assertThrows(IllegalArgumentException.class, () -> new Upsert("t", List.of("id"), List.of("id", "name"), List.of("?")));
        assertThrows(IllegalArgumentException.class, () -> DISTRICT.withValue("missing", "1"));
    }

    @Test
    void sequencesAreDrawnInEachDialectsSpelling() {
        assertEquals("NEXT VALUE FOR consult_id_seq", H2Dialect.INSTANCE.nextValue("consult_id_seq"));
        assertEquals("nextval('consult_id_seq')", PostgresDialect.INSTANCE.nextValue("consult_id_seq"));
    }

    @Test
    void thePostgresUpsertAndSequenceWorkOnARealServer(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set");
        try (PgTestDatabase pg = PgTestDatabase.create(); Database db = Database.open(dir, pg.location()); Connection c = db.connection()) {
            SqlDialect dialect = SqlDialect.of(c);
            assertSame(PostgresDialect.INSTANCE, dialect);
            assertSame(dialect, db.dialect());
            String sql = dialect.upsert(Upsert.into("finance_assumption", List.of("scope", "param"),
                    List.of("scope", "param", "param_value", "updated_at")).withValue("updated_at", "CURRENT_TIMESTAMP"));
            for (double v : new double[] {1.5, 2.5}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, "*");
                    ps.setString(2, "rent");
                    ps.setDouble(3, v);
                    ps.executeUpdate();
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(param_value) FROM finance_assumption")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertEquals(2.5, rs.getDouble(2));
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + dialect.nextValue("consult_id_seq"))) {
                rs.next();
                assertEquals(1, rs.getLong(1));
            }
        }
    }

    @Test
    void theDialectFollowsTheDatabaseProduct() {
        assertSame(H2Dialect.INSTANCE, SqlDialect.forProduct("H2"));
        assertSame(PostgresDialect.INSTANCE, SqlDialect.forProduct("PostgreSQL"));
        StoreException e = assertThrows(StoreException.class, () -> SqlDialect.forProduct("MySQL"));
        assertEquals("store.unsupportedDatabase", e.key());
    }

    @Test
    void theH2UpsertReplacesARowByKeyInTheRealDatabase(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE pair_value (a INT, b INT, v VARCHAR(10), PRIMARY KEY (a, b))");
            }
            SqlDialect dialect = SqlDialect.of(c);
            assertSame(H2Dialect.INSTANCE, dialect);
            String sql = dialect.upsert(Upsert.into("pair_value", List.of("a", "b"), List.of("a", "b", "v")));
            for (String v : List.of("first", "second")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setInt(1, 1);
                    ps.setInt(2, 2);
                    ps.setString(3, v);
                    ps.executeUpdate();
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(v) FROM pair_value")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertEquals("second", rs.getString(2));
            }
        }
    }
}
