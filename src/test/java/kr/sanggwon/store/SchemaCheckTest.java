package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a current database skips Flyway; anything not applied yet still goes through it. */
class SchemaCheckTest {
    @TempDir
    Path dir;

    @Test
    void findsTheShippedMigrations() {
        assertThat(SchemaCheck.shippedVersions()).contains("1", "2", "20");
    }

    @Test
    void aFreshDatabaseIsNotCurrentAndAMigratedOneIs() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            assertThat(SchemaCheck.isCurrent(c)).isTrue();
            assertThat(SchemaCheck.appliedVersions(c)).containsAll(SchemaCheck.shippedVersions());
        }
    }

    @Test
    void aMigrationMissingFromTheHistoryIsAppliedAgainOnTheNextOpen() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement st = c.createStatement()) {
            // as if the database came from a build before the V40 migration
            for (String index : new String[] {"change_q_lvl_quarter", "population_q_lvl_quarter", "district_quarter_kpi_lvl_quarter"}) {
                st.execute("DROP INDEX " + index);
            }
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '40'");
            assertThat(SchemaCheck.isCurrent(c)).isFalse();
        }
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '40' AND \"success\"")) {
            rs.next();
            assertThat(rs.getInt(1)).as("Flyway ran and re-applied V40").isEqualTo(1);
            assertThat(SchemaCheck.isCurrent(c)).isTrue();
        }
    }

    @Test
    void aFailedMigrationIsNeverTakenAsCurrent() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '40'");
            assertThat(SchemaCheck.isCurrent(c)).isFalse();
        }
    }
}
