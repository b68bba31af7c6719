package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.sanggwon.TestData;
import kr.sanggwon.common.CancelledException;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.PgTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a shared PostgreSQL too an import is all or nothing: cancelled mid-file, no table keeps a row of it. */
class PostgresImportRollbackTest {

    @Test
    void aCancelledImportLeavesEveryTableAsItWas(@TempDir Path dir) throws Exception {
        assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set");
        Messages.setLocale(java.util.Locale.KOREAN);
        try (PgTestDatabase pg = PgTestDatabase.create(); Database db = Database.open(dir, pg.location())) {
            ImportService service = new ImportService(db);
            service.importFile(TestData.require(TestData.seoul("상주인구-상권")), Progress.NONE);
            Map<String, Long> before = rowCounts(db);
            assertThat(before.get("resident_q")).isEqualTo(50L);

            Progress cancelAtFirstReport = new Progress() {
                private int reports;

                @Override
                public void update(long done, long total, String message) {
                    reports++;
                }

                @Override
                public boolean isCancelled() {
                    return reports >= 1;
                }
            };
            assertThatThrownBy(() -> service.importFile(TestData.require(TestData.seoul("집객시설-상권")), cancelAtFirstReport))
                    .isInstanceOf(CancelledException.class);
            assertThat(rowCounts(db)).isEqualTo(before);
            assertThat(rowCounts(db).get("facility_q")).isZero();
        }
    }

    private static Map<String, Long> rowCounts(Database db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = db.connection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }
}
