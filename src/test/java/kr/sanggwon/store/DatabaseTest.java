package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void secondInstanceOnTheSameFolderIsRefusedWithAClearMessage() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("store.inUse"))
                    .satisfies(e -> assertThat(((StoreException) e).localized()).contains(dir.toString()));
        }
        // released on close: the folder opens again
        try (Database again = Database.open(dir)) {
            assertThat(again.folder()).isEqualTo(dir);
        }
    }

    @Test
    void committedWorkSurvivesReopeningAndFailedTransactionsLeaveNothing() throws Exception {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO industry (code, name) VALUES ('CS100010', '커피-음료')"));
            assertThatThrownBy(() -> db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO industry (code, name) VALUES ('CS100001', '한식음식점')");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
        }
        try (Database db = Database.open(dir); Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code FROM industry ORDER BY code")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("CS100010");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void dataFolderFollowsOptionThenEnvironmentThenOperatingSystem() {
        Path explicit = dir.resolve("x");
        assertThat(DataDirectory.resolve(explicit, Map.of("SANGGWON_HOME", "/env"), "Linux", "/home/u")).isEqualTo(explicit);
        assertThat(DataDirectory.resolve(null, Map.of("SANGGWON_HOME", "/env"), "Linux", "/home/u")).isEqualTo(Path.of("/env"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "SanggwonDesk"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/SanggwonDesk"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/sanggwon-desk"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.local/share/sanggwon-desk"));
    }
}
