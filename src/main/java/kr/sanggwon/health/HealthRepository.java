package kr.sanggwon.health;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.store.ReadSession;

/**
 * All SQL of 데이터 점검 (the data health screen, {@code health} and the per-district warnings): the district master,
 * one streaming pass over a dataset's main column, column statistics, and the SEMAS-vs-Seoul store counts. Every read
 * runs on the caller's {@link ReadSession}, so one report comes from one data version.
 */
final class HealthRepository {
    private HealthRepository() {
    }

    /** District codes by level ('T', 'D') in code order, and each 상권's 행정동. */
    record Master(Map<Character, List<String>> codes, Map<String, String> dongOf) {
    }

    /** One row of a dataset's main column: the value is NaN when the column is null. */
    @FunctionalInterface
    interface RowSink {
        void row(String district, int quarter, double value);
    }

    /** Count, minimum and maximum of one column (min and max are 0 when it has no value, as JDBC reads a null). */
    record ColumnStats(long count, double min, double max) {
    }

    static long dataVersion(ReadSession s) {
        return s.sql(DataVersionService::read);
    }

    static Master master(ReadSession s) {
        return s.sql(c -> {
            Map<Character, List<String>> master = new HashMap<>();
            Map<String, String> dongOf = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, lvl, dong_code FROM district ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    master.computeIfAbsent(rs.getString(2).charAt(0), k -> new ArrayList<>()).add(rs.getString(1));
                    if (rs.getString(3) != null) {
                        dongOf.put(rs.getString(1), rs.getString(3));
                    }
                }
            }
            return new Master(master, dongOf);
        });
    }

    /** Industry code → name. */
    static Map<String, String> industries(ReadSession s) {
        return s.sql(c -> {
            Map<String, String> industries = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM industry"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    industries.put(rs.getString(1), rs.getString(2));
                }
            }
            return industries;
        });
    }

    /**
     * Streams every row of {@code table} at level {@code lvl} that passes {@code presence} to {@code sink} (aggregated by
     * the caller rather than with GROUP BY, which is several times slower in H2); returns the number of rows.
     */
    static long scan(ReadSession s, String table, String mainColumn, String presence, char lvl, RowSink sink) {
        return s.sql(c -> {
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT district_code, quarter, " + mainColumn + " FROM " + table
                    + " WHERE lvl = ? AND " + presence)) {
                ps.setString(1, String.valueOf(lvl));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        String code = rs.getString(1);
                        int q = rs.getInt(2);
                        double v = rs.getDouble(3);
                        sink.row(code, q, rs.wasNull() ? Double.NaN : v);
                    }
                }
            }
            return rows;
        });
    }

    /** The number of rows of {@code table} at level {@code lvl} (first) and the statistics of each column. */
    static Map.Entry<Long, List<ColumnStats>> columnStats(ReadSession s, String table, List<String> columns, char lvl) {
        return s.sql(c -> {
            StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
            for (String col : columns) {
                sql.append(", COUNT(").append(col).append("), MIN(").append(col).append("), MAX(").append(col).append(')');
            }
            sql.append(" FROM ").append(table).append(" WHERE lvl = ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setString(1, String.valueOf(lvl));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long total = rs.getLong(1);
                    List<ColumnStats> stats = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        stats.add(new ColumnStats(rs.getLong(2 + 3 * i), rs.getDouble(3 + 3 * i), rs.getDouble(4 + 3 * i)));
                    }
                    return Map.entry(total, stats);
                }
            }
        });
    }

    /** SEMAS listings per 행정동 (8 digits) and mapped Seoul industry, keyed "dong|industry"; names matched by keyword. */
    static Map<String, long[]> semasCounts(ReadSession s, Map<String, String> keywords) {
        return s.sql(c -> {
            StringBuilder mapped = new StringBuilder("CASE");
            for (Map.Entry<String, String> k : keywords.entrySet()) {
                mapped.append(" WHEN cat_s_name LIKE '%").append(k.getKey()).append("%' THEN '").append(k.getValue()).append('\'');
            }
            mapped.append(" END");
            Map<String, long[]> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT SUBSTRING(dong_code, 1, 8) d, " + mapped + " ind, COUNT(*)"
                    + " FROM store_listing WHERE dong_code IS NOT NULL GROUP BY SUBSTRING(dong_code, 1, 8), " + mapped);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        out.put(rs.getString(1) + "|" + rs.getString(2), new long[] {rs.getLong(3)});
                    }
                }
            }
            return out;
        });
    }

    /** The latest quarter of the district summary with a store count, or null. */
    static Integer latestStoresQuarter(ReadSession s) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(quarter) FROM district_quarter_kpi WHERE stores IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                int q = rs.getInt(1);
                return rs.wasNull() ? null : q;
            }
        });
    }

    /**
     * Seoul 점포 counts at {@code quarter} of the given industries per 행정동, keyed "dong|industry": 행정동-level rows
     * where there are any, else the sum over the 상권 of that 행정동.
     */
    static Map<String, Long> seoulCounts(ReadSession s, int quarter, java.util.Collection<String> industries) {
        return s.sql(c -> {
            Map<String, Long> out = new HashMap<>();
            String in = "('" + String.join("','", industries) + "')";
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(d.dong_code, s.district_code), s.industry_code, s.lvl,"
                    + " s.stores FROM stores_q s JOIN district d ON d.code = s.district_code"
                    + " WHERE s.quarter = ? AND s.industry_code IN " + in)) {
                ps.setInt(1, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, Long> dongLevel = new HashMap<>();
                    while (rs.next()) {
                        String dong = "D".equals(rs.getString(3)) ? rs.getString(1) : rs.getString(1);
                        if (dong == null) {
                            continue;
                        }
                        String key = dong + "|" + rs.getString(2);
                        Map<String, Long> target = "D".equals(rs.getString(3)) ? dongLevel : out;
                        target.merge(key, rs.getLong(4), Long::sum);
                    }
                    out.putAll(dongLevel);
                }
            }
            return out;
        });
    }

    /** 행정동 code → name. */
    static Map<String, String> dongNames(ReadSession s) {
        return s.sql(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM district WHERE lvl = 'D'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }
}
