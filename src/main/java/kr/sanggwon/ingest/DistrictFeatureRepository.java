package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Transaction;

/**
 * The SQL that maintains {@code district_feature} (V30): one row per district with its latest floating/worker/resident
 * population, facilities, income, apartment price and change index. Runs inside the import transaction
 * (called by {@link FactRowHandler} for district-level datasets); the lookalike and data-health screens read it instead of fact tables.
 * An import recomputes the rows of the districts it touched ({@link #update}); {@link #rebuild} recomputes all of them
 * with one linear pass per district-level table (they hold at most districts × quarters rows), then one batch insert.
 */
public final class DistrictFeatureRepository {
    private record Part(String table, List<String> from, List<String> to) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("population_q", List.of("quarter", "total", "male", "female", "age10", "age20", "age30", "age40", "age50",
                    "age60", "t06_11", "t11_14", "t17_21", "t21_24"),
                    List.of("pop_quarter", "floating", "fl_male", "fl_female", "fl_age10", "fl_age20", "fl_age30", "fl_age40",
                            "fl_age50", "fl_age60", "fl_t06_11", "fl_t11_14", "fl_t17_21", "fl_t21_24")),
            new Part("worker_q", List.of("total"), List.of("workers")),
            new Part("resident_q", List.of("total"), List.of("residents")),
            new Part("facility_q", List.of("facilities", "subway_station", "bus_stop", "university"),
                    List.of("facilities", "subway_station", "bus_stop", "university")),
            new Part("income_q", List.of("avg_income"), List.of("avg_income")),
            new Part("apartment_q", List.of("avg_price"), List.of("apt_price")),
            new Part("change_q", List.of("op_months", "change_index"), List.of("op_months", "change_index")));

    private static final int CHUNK = 1000;

    private DistrictFeatureRepository() {
    }

    /** Rebuilds the row of every district. */
    public static void rebuild(Connection c) throws SQLException {
        write(c, "");
    }

    /**
     * Recomputes the rows of the given districts only (those a file added or whose district-level rows it wrote):
     * each row depends on nothing but its own district's rows, so the others stay as they are.
     */
    static void update(Transaction tx, Collection<String> codes) {
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            DataAccessException.unchecked(() -> {
                write(tx.connection(), " WHERE " + "district_code IN (" + SummaryRepository.literals(part) + ")");
                return null;
            });
        }
    }

    /** {@code where} selects the districts (by {@code district_code}); empty for all. */
    private static void write(Connection c, String where) throws SQLException {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, lvl FROM district"
                + where.replace("district_code", "code"))) {
            while (rs.next()) {
                levels.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Part p : PARTS) {
            // one linear scan; the latest quarter per district wins (a grouped join makes H2 re-run the group per row)
            Map<String, Integer> latest = new HashMap<>();
            String cols = String.join(", ", p.from());
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT district_code, quarter, " + cols
                    + " FROM " + p.table() + where)) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    int q = rs.getInt(2);
                    Integer seen = latest.get(code);
                    if (seen != null && seen >= q) {
                        continue;
                    }
                    latest.put(code, q);
                    Map<String, Object> row = rows.computeIfAbsent(code, k -> new HashMap<>());
                    for (int i = 0; i < p.to().size(); i++) {
                        row.put(p.to().get(i), rs.getObject(i + 3));
                    }
                }
            }
        }
        List<String> all = PARTS.stream().flatMap(p -> p.to().stream()).distinct().toList();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM district_feature" + where);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO district_feature (district_code, lvl, " + String.join(", ", all)
                + ") VALUES (?, ?" + ", ?".repeat(all.size()) + ")")) {
            for (Map.Entry<String, String> d : levels.entrySet()) {
                Map<String, Object> row = rows.getOrDefault(d.getKey(), Map.of());
                ps.setString(1, d.getKey());
                ps.setString(2, d.getValue());
                for (int i = 0; i < all.size(); i++) {
                    ps.setObject(3 + i, row.get(all.get(i)));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
