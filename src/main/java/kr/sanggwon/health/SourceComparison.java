package kr.sanggwon.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SEMAS store listings vs Seoul 점포 counts per 행정동 and industry. SEMAS 소분류 names are mapped to Seoul service
 * industries by keyword (works across the 2022 and 2023 code lists); Seoul counts come from 행정동-level 점포 rows
 * or, failing that, from the 상권 whose 행정동 it is, at the latest 점포 quarter.
 */
final class SourceComparison {
    /** SEMAS 소분류 keyword → Seoul 서비스_업종_코드 (only industries with an unambiguous match). */
    static final Map<String, String> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("커피", "CS100010");
        KEYWORDS.put("치킨", "CS100007");
        KEYWORDS.put("제과", "CS100005");
        KEYWORDS.put("분식", "CS100008");
        KEYWORDS.put("호프", "CS100009");
        KEYWORDS.put("중국", "CS100002");
        KEYWORDS.put("편의점", "CS300002");
        KEYWORDS.put("미용실", "CS200028");
        KEYWORDS.put("세탁", "CS200031");
        KEYWORDS.put("약국", "CS300018");
    }

    /** Share of the larger count the two may differ by before it is reported. */
    static final double TOLERANCE = 0.3;
    static final long MIN_STORES = 5;

    private SourceComparison() {
    }

    static List<HealthReport.SourceDisagreement> compare(Connection c, Map<String, String> industryNames) throws SQLException {
        Map<String, long[]> semas = semasCounts(c);
        if (semas.isEmpty()) {
            return List.of();
        }
        Integer quarter = latestStoresQuarter(c);
        Map<String, Long> seoul = quarter == null ? Map.of() : seoulCounts(c, quarter);
        Map<String, String> dongNames = dongNames(c);
        List<HealthReport.SourceDisagreement> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : semas.entrySet()) {
            String[] key = e.getKey().split("\\|");
            long a = e.getValue()[0];
            Long b = seoul.get(e.getKey());
            if (b == null) {
                continue;
            }
            long max = Math.max(a, b);
            if (max >= MIN_STORES && Math.abs(a - b) > TOLERANCE * max) {
                out.add(new HealthReport.SourceDisagreement(key[0], dongNames.get(key[0]), key[1],
                        industryNames.getOrDefault(key[1], key[1]), a, b, quarter));
            }
        }
        return out;
    }

    private static Map<String, long[]> semasCounts(Connection c) throws SQLException {
        StringBuilder mapped = new StringBuilder("CASE");
        for (Map.Entry<String, String> k : KEYWORDS.entrySet()) {
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
    }

    private static Integer latestStoresQuarter(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(quarter) FROM district_quarter_kpi WHERE stores IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int q = rs.getInt(1);
            return rs.wasNull() ? null : q;
        }
    }

    private static Map<String, Long> seoulCounts(Connection c, int quarter) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        String in = "('" + String.join("','", KEYWORDS.values()) + "')";
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
    }

    private static Map<String, String> dongNames(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM district WHERE lvl = 'D'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
