package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 and PostgreSQL get the same schema (ADR 0018). Always: every H2 migration after the PostgreSQL baseline has its
 * PostgreSQL twin (the message names the tables PostgreSQL would lack). With a test server ({@link PgTestDatabase#ENV}):
 * both schemas are built by Flyway and compared table by table — columns with their type family and primary keys.
 */
class PostgresSchemaParityTest {

    @Test
    void everyH2MigrationAfterTheBaselineHasItsPostgresTwin() {
        Map<Integer, Path> h2 = MigrationTwins.onClassPath(SchemaCheck.LOCATION);
        Map<Integer, Path> postgres = MigrationTwins.onClassPath(SchemaCheck.POSTGRES_LOCATION);
        assertThat(h2).isNotEmpty();
        assertThat(MigrationTwins.missing(h2, postgres)).as("migrations without their twin").isEmpty();
    }

    @Test
    void aMissingTwinIsReportedWithItsTables(@TempDir Path dir) throws Exception {
        Path v93 = Files.writeString(dir.resolve("V93__visit_log.sql"),
                "-- CREATE TABLE not_this_one (x INT);\nCREATE TABLE consult_visit (id BIGINT PRIMARY KEY);\n"
                        + "ALTER TABLE consult_client ADD COLUMN version BIGINT;\nCREATE INDEX visit_client ON consult_visit(id);");
        Map<Integer, Path> h2 = new TreeMap<>(MigrationTwins.onClassPath(SchemaCheck.LOCATION));
        h2.put(93, v93);
        // PostgreSQL has every twin but V93's
        Map<Integer, Path> postgres = new TreeMap<>(h2);
        postgres.keySet().removeIf(v -> v < MigrationTwins.BASELINE || v == 93);
        List<String> missing = MigrationTwins.missing(h2, postgres);
        assertThat(missing).singleElement().asString()
                .contains("V93__visit_log.sql").contains("db/postgresql/V93__")
                .contains("consult_visit, consult_client").doesNotContain("not_this_one");
    }

    @Test
    void bothDatabasesGetTheSameTablesColumnsAndKeys(@TempDir Path dir) throws Exception {
        assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set: no PostgreSQL to compare with");
        SchemaShape h2;
        try (Database db = Database.open(dir.resolve("h2")); Connection c = db.connection()) {
            h2 = SchemaShape.read(c);
        }
        SchemaShape postgres;
        try (PgTestDatabase pg = PgTestDatabase.create();
             Database db = Database.open(dir.resolve("pg"), pg.location()); Connection c = db.connection()) {
            assertThat(c.getSchema()).isEqualTo(pg.schema());
            postgres = SchemaShape.read(c);
        }
        assertThat(h2.tables()).containsKeys("sales_q", "consult_client", "model", "district_shape");
        assertThat(h2.differences("H2", postgres, "PostgreSQL")).as("H2 vs PostgreSQL schema").isEmpty();
    }

    @Test
    void aTableOrColumnMissingOnOneSideIsNamed() {
        SchemaShape full = new SchemaShape(Map.of(
                "consult_visit", new SchemaShape.Table(Map.of("id", "bigint"), List.of("id")),
                "model", new SchemaShape.Table(Map.of("id", "bigint", "payload", "binary"), List.of("id"))));
        SchemaShape lacking = new SchemaShape(Map.of(
                "model", new SchemaShape.Table(Map.of("id", "bigint", "payload", "text"), List.of())));
        assertThat(full.differences("H2", lacking, "PostgreSQL")).containsExactlyInAnyOrder(
                "table consult_visit: in H2 but missing in PostgreSQL",
                "table model: column payload is binary in H2 but text in PostgreSQL",
                "table model: primary key [id] in H2 but [] in PostgreSQL");
    }
}
