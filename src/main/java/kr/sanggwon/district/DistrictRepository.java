package kr.sanggwon.district;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.UserException;

/**
 * The SQL of the district screens: primary-key lookups and range scans on one district, and reads of summary
 * tables. No query groups raw fact rows.
 */
final class DistrictRepository {
    static final String[] TOTAL_COLS = {"sales_amt", "sales_cnt", "stores", "open_count", "close_count", "franchise"};
    static final String[] SALES_COLS = {"sales_amt", "sales_cnt"};
    static final String[] STORE_COLS = {"stores", "open_rate", "close_rate", "open_count", "close_count", "franchise"};
    static final String[] FACILITY_COLS = {"subway_station", "bus_stop", "rail_station", "bus_terminal", "airport",
        "government", "bank", "general_hospital", "hospital", "pharmacy", "kindergarten", "elementary", "middle_school",
        "high_school", "university", "department_store", "supermarket", "theater", "lodging"};

    private DistrictRepository() {
    }

    static DistrictInfo info(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code, lvl, name, type_code, type_name, gu_name, dong_code,"
                + " dong_name, area_m2 FROM district WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UserException("district.error.unknown", code);
                }
                return new DistrictInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), (Long) rs.getObject(9));
            }
        }
    }

    /** Every district (상권 and 행정동) with its master data, in code order: what a user may type is resolved against it. */
    static List<DistrictInfo> all(Connection c) throws SQLException {
        List<DistrictInfo> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, lvl, name, type_code, type_name, gu_name, dong_code,"
                + " dong_name, area_m2 FROM district ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DistrictInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), (Long) rs.getObject(9)));
            }
        }
        return out;
    }

    static Map<String, String> industries(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM industry ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Rows of {@code table} for one district (and industry), oldest quarter first. */
    static List<QuarterRow> series(Connection c, String table, String[] cols, boolean hasBatch, String district,
                                   String industry) throws SQLException {
        String sql = "SELECT quarter, " + String.join(", ", cols) + (hasBatch ? ", batch_id" : ", CAST(NULL AS BIGINT)")
                + " FROM " + table + " WHERE district_code = ?" + (industry == null ? "" : " AND industry_code = ?")
                + " ORDER BY quarter";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, district);
            if (industry != null) {
                ps.setString(2, industry);
            }
            return read(ps, cols.length);
        }
    }

    /** One industry's sales and stores in every district of a level at one quarter: one range of the V31 summary. */
    static Map<String, QuarterRow> industryAt(Connection c, String industry, String level, int quarter) throws SQLException {
        String[] cols = {"sales_amt", "stores"};
        Map<String, QuarterRow> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT district_code, quarter, sales_amt, stores"
                + " FROM industry_district_kpi WHERE industry_code = ? AND lvl = ? AND quarter = ?")) {
            ps.setString(1, industry);
            ps.setString(2, level);
            ps.setInt(3, quarter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double[] v = new double[cols.length];
                    for (int i = 0; i < cols.length; i++) {
                        v[i] = number(rs, i + 3);
                    }
                    out.put(rs.getString(1), new QuarterRow(rs.getInt(2), v, null));
                }
            }
        }
        return out;
    }

    /** Every industry's value of {@code col} in one district at one quarter, from the narrow summary (V31). */
    static Map<String, Double> byIndustry(Connection c, String col, String district, int quarter) throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT industry_code, " + col + " FROM industry_district_kpi"
                + " WHERE district_code = ? AND quarter = ?")) {
            ps.setString(1, district);
            ps.setInt(2, quarter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = number(rs, 2);
                    if (!Double.isNaN(v)) {
                        out.put(rs.getString(1), v);
                    }
                }
            }
        }
        return out;
    }

    /** The latest row of a district-level table for one district, or null. */
    static QuarterRow latest(Connection c, String table, String[] cols, String district) throws SQLException {
        String sql = "SELECT quarter, " + String.join(", ", cols) + ", batch_id FROM " + table
                + " WHERE district_code = ? ORDER BY quarter DESC FETCH FIRST 1 ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, district);
            List<QuarterRow> rows = read(ps, cols.length);
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    /** Change-index codes by quarter for one district. */
    static Map<Integer, String> changeCodes(Connection c, String district) throws SQLException {
        Map<Integer, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT quarter, change_index FROM change_q WHERE district_code = ? ORDER BY quarter")) {
            ps.setString(1, district);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static List<QuarterRow> read(PreparedStatement ps, int n) throws SQLException {
        List<QuarterRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = number(rs, i + 2);
                }
                Object batch = rs.getObject(n + 2);
                rows.add(new QuarterRow(rs.getInt(1), v, batch == null ? null : ((Number) batch).longValue()));
            }
        }
        return rows;
    }

    static double number(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }
}
