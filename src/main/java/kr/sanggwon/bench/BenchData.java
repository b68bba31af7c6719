package kr.sanggwon.bench;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.ingest.SummaryRepository;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/** The few statements {@code bench query} runs around its timings (formerly SQL in {@code cli.BenchQueryCommand}). */
public final class BenchData {
    private BenchData() {
    }

    /** Rows of {@code sales_q}: how big the data set being timed is. */
    public static long salesRows(Database database) {
        return DataAccessException.read(database, c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sales_q")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Rebuilds the summary tables of every quarter they hold, in one transaction (--rebuild). */
    public static void rebuildSummaries(Database database) {
        DataAccessException.write(database, c -> {
            Set<Integer> quarters = new TreeSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT quarter FROM district_quarter_kpi")) {
                while (rs.next()) {
                    quarters.add(rs.getInt(1));
                }
            }
            SummaryRepository.rebuild(c, quarters);
            return null;
        });
    }
}
