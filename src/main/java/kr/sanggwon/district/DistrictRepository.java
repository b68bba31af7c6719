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
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.store.ReadSession;

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

    static DistrictInfo info(ReadSession s, String code) {
        return s.sql(c -> {
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
        });
    }

    /** Every district (상권 and 행정동) with its master data, in code order: what a user may type is resolved against it. */
    static List<DistrictInfo> all(ReadSession s) {
        return s.sql(c -> {
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
        });
    }

    static Map<String, String> industries(ReadSession s) {
        return s.sql(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM industry ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Rows of {@code table} for one district (and industry), oldest quarter first. */
    static List<QuarterRow> series(ReadSession s, String table, String[] cols, boolean hasBatch, String district,
                                   String industry) {
        return s.sql(c -> {
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
        });
    }

    /** One industry's sales and stores in every district of a level at one quarter: one range of the V31 summary. */
    static Map<String, QuarterRow> industryAt(ReadSession s, String industry, String level, int quarter) {
        return s.sql(c -> {
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
        });
    }

    /** Every industry's value of {@code col} in one district at one quarter, from the narrow summary (V31). */
    static Map<String, Double> byIndustry(ReadSession s, String col, String district, int quarter) {
        return s.sql(c -> {
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
        });
    }

    /** The latest row of a district-level table for one district, or null. */
    static QuarterRow latest(ReadSession s, String table, String[] cols, String district) {
        return s.sql(c -> {
            String sql = "SELECT quarter, " + String.join(", ", cols) + ", batch_id FROM " + table
                    + " WHERE district_code = ? ORDER BY quarter DESC FETCH FIRST 1 ROWS ONLY";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, district);
                List<QuarterRow> rows = read(ps, cols.length);
                return rows.isEmpty() ? null : rows.get(0);
            }
        });
    }

    /** Change-index codes by quarter for one district. */
    static Map<Integer, String> changeCodes(ReadSession s, String district) {
        return s.sql(c -> {
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
        });
    }

    /** The data version (the highest import batch id), read on this session so it matches what the session reads next. */
    static long dataVersion(ReadSession s) {
        return s.sql(DataVersionService::read);
    }

    /** The import history, newest batch first. */
    static List<ImportBatches.Batch> batches(ReadSession s) {
        return s.sql(c -> {
            List<ImportBatches.Batch> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, file_name, dataset, min_quarter, max_quarter FROM import_batch ORDER BY id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ImportBatches.Batch(rs.getLong(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                            (Integer) rs.getObject(5)));
                }
            }
            return list;
        });
    }

    /** The district_feature columns (V30) that {@link FeatureTable} reads, in {@link FeatureRow#values()} order. */
    static final String[] FEATURE_COLS = {"floating", "fl_female", "fl_age20", "fl_age30", "fl_age50", "fl_age60", "fl_t11_14",
        "fl_t17_21", "fl_t21_24", "workers", "residents", "facilities", "subway_station", "avg_income", "apt_price"};

    /** One district's master data and its district_feature values (NaN where null or absent). */
    record FeatureRow(String code, String level, String name, String guName, String typeCode, String typeName, String dongCode,
                      double[] values) {
    }

    /** Every district with its lookalike features: district LEFT JOIN district_feature. */
    static List<FeatureRow> features(ReadSession s) {
        return s.sql(c -> {
            List<FeatureRow> out = new ArrayList<>();
            StringBuilder cols = new StringBuilder();
            for (String col : FEATURE_COLS) {
                cols.append(", f.").append(col);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT d.code, d.lvl, d.name, d.gu_name, d.type_code, d.type_name,"
                    + " d.dong_code" + cols + " FROM district d LEFT JOIN district_feature f ON f.district_code = d.code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double[] v = new double[FEATURE_COLS.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = number(rs, 8 + i);
                    }
                    out.add(new FeatureRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), v));
                }
            }
            return out;
        });
    }

    /** The latest quarter of the Seoul industry summary with a store count for one industry at one level, or null. */
    static Integer latestStoresQuarter(ReadSession s, String industry, String level) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(quarter) FROM industry_quarter_kpi WHERE industry_code = ?"
                    + " AND lvl = ? AND stores IS NOT NULL")) {
                ps.setString(1, industry);
                ps.setString(2, level);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getObject(1) != null ? rs.getInt(1) : null;
                }
            }
        });
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
