package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read session keeps one connection across reads and hands repositories' SQL failures on as DataAccessException. */
class ReadSessionTest {
    @Test
    void readsOfOneSessionSeeTheSameConnectionAndSqlFailuresAreUnchecked(@TempDir Path dir) {
        try (Database db = Database.open(dir); ReadSession s = ReadSession.open(db)) {
            s.sql(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE LOCAL TEMPORARY TABLE probe (v INT)");
                    return st.executeUpdate("INSERT INTO probe VALUES (7)");
                }
            });
            // a temporary table is visible only on the connection that made it: the second read runs on the same one
            long seen = s.sql(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT v FROM probe")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(seen).isEqualTo(7);
            assertThatThrownBy(() -> s.sql(c -> c.createStatement().executeQuery("SELECT nothing FROM nowhere")))
                    .isInstanceOf(DataAccessException.class)
                    .hasCauseInstanceOf(SQLException.class)
                    .hasMessageContaining("NOWHERE");
        }
    }

    @Test
    void aClosedSessionRefusesWork(@TempDir Path dir) {
        try (Database db = Database.open(dir)) {
            ReadSession s = ReadSession.open(db);
            s.close();
            assertThatThrownBy(() -> s.sql(c -> c.createStatement().execute("SELECT 1")))
                    .isInstanceOf(DataAccessException.class);
        }
    }
}
