package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade whose migration fails: the database is put back from the backup taken just before it, the user is told
 * so, and the next start with the working migrations opens the data as it was.
 */
class MigrationRestoreTest {
    @TempDir
    Path dir;

    @Test
    void aFailingMigrationRestoresTheBackupTakenBeforeItAndSaysSo() throws Exception {
        // a database of the current release with one row of data in it
        try (Database db = Database.open(dir)) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO industry (code, name) VALUES ('CS100001', '한식음식점')");
            }
        }
        assertThatThrownBy(() -> Database.open(dir, List.of("classpath:db/failing")))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.key()).isEqualTo("backup.migrationFailedRestored");
                    assertThat(Messages.get(e.key(), e.args())).contains("sgbak");
                });
        List<BackupFolder.Entry> backups = new BackupFolder(dir).list();
        assertThat(backups).extracting(BackupFolder.Entry::reason).containsExactly(BackupReason.MIGRATION);
        // the folder lock was released and the data is exactly what it was before the failed upgrade
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name FROM industry WHERE code = 'CS100001'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("한식음식점");
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE COLUMN_NAME = 'UPGRADE_PROBE'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the half-applied migration is gone").isZero();
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '114'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            assertThat(SchemaCheck.isCurrent(c)).isTrue();
        }
    }

    @Test
    void aNewDatabaseNeedsNoBackupBeforeItsFirstMigration() {
        try (Database db = Database.open(dir)) {
            assertThat(new BackupFolder(dir).list()).isEmpty();
        }
    }
}
