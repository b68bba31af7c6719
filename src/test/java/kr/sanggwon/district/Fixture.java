package kr.sanggwon.district;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.AppContext;
import kr.sanggwon.ingest.SummaryRepository;

/** Constructed data with known answers, written straight into a fresh database, summaries rebuilt as an import would. */
public final class Fixture implements AutoCloseable {
    public final AppContext app;
    private final Set<Integer> quarters = new TreeSet<>();

    public Fixture(Path dir) {
        this.app = AppContext.open(dir);
    }

    public long batch(String dataset, String lvl, String file) throws SQLException {
        try (Connection c = app.database().connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_batch (file_name, sha256, dataset, lvl, rows_read, rows_imported, rows_rejected, min_quarter,"
                        + " max_quarter, started_at, finished_at) VALUES (?, '-', ?, ?, 1, 1, 0, 20191, 20254, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, file);
            ps.setString(2, dataset);
            ps.setString(3, lvl);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public Fixture district(String code, String lvl, String name, String type, String dong) throws SQLException {
        return insert("district", row("code", code, "lvl", lvl, "name", name, "type_code", type,
                "type_name", type == null ? null : type + "-type", "gu_name", "가상구", "dong_code", dong, "dong_name",
                dong == null ? null : "가상동", "area_m2", 1000L, "from_master", true));
    }

    public Fixture industry(String code, String name) throws SQLException {
        return insert("industry", row("code", code, "name", name));
    }

    public Fixture insert(String table, Map<String, Object> values) throws SQLException {
        if (values.containsKey("quarter")) {
            quarters.add((Integer) values.get("quarter"));
        }
        List<String> cols = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (" + "?, ".repeat(cols.size() - 1) + "?)";
        try (Connection c = app.database().connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < cols.size(); i++) {
                ps.setObject(i + 1, values.get(cols.get(i)));
            }
            ps.executeUpdate();
        }
        return this;
    }

    /** Rebuilds the summary tables for every quarter inserted so far, as the importer does. */
    public Fixture summarize() throws SQLException {
        app.database().inTransaction(c -> {
            SummaryRepository.rebuild(c, quarters);
            return null;
        });
        return this;
    }

    public static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A sales row whose bands are given as fractions of {@code amount}. */
    public static Map<String, Object> sales(String district, String industry, int quarter, String lvl, long amount, long batch,
                                            Map<String, Double> fractions) {
        Map<String, Object> m = row("district_code", district, "industry_code", industry, "quarter", quarter, "lvl", lvl,
                "sales_amt", amount, "sales_cnt", amount / 10_000, "batch_id", batch);
        fractions.forEach((col, f) -> m.put(col, Math.round(amount * f)));
        return m;
    }

    @Override
    public void close() {
        app.close();
    }
}
