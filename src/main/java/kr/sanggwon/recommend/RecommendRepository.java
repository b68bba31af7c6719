package kr.sanggwon.recommend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.ReadSession;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * All SQL of 유망 상권. Reads the summary tables (industry_district_kpi, industry_quarter_kpi) and, by the indexes that
 * serve one industry at a quarter or one level at a quarter, stores_q, change_q and population_q; no query groups
 * fact rows. Every read that feeds a score is bounded by a quarter {@code asOf} (never later), so the backtest can
 * rank with the data of its origin only.
 */
final class RecommendRepository {
    private static final String POP_COLS = "total, male, female, age10, age20, age30, age40, age50, age60,"
            + " t00_06, t06_11, t11_14, t14_17, t17_21, t21_24";
    private static final String MIX_COLS = "male_amt, female_amt, age10_amt, age20_amt, age30_amt, age40_amt, age50_amt,"
            + " age60_amt, t00_06_amt, t06_11_amt, t11_14_amt, t14_17_amt, t17_21_amt, t21_24_amt";

    private RecommendRepository() {
    }

    static long dataVersion(ReadSession s) {
        return s.sql(DataVersionService::read);
    }

    static Map<String, DistrictRef> districts(ReadSession s, char level) {
        return s.sql(c -> {
            Map<String, DistrictRef> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, name, gu_code, gu_name, type_code, type_name FROM district WHERE lvl = ? ORDER BY code")) {
                ps.setString(1, String.valueOf(level));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new DistrictRef(rs.getString(1), level, rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** 행정동 code of each 상권 (for a 상권 level without its own floating population). */
    static Map<String, String> dongOf(ReadSession s) {
        return s.sql(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, dong_code FROM district WHERE lvl = 'T' AND dong_code IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    static DistrictRef district(ReadSession s, String code) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT code, lvl, name, gu_code, gu_name, type_code, type_name FROM district WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new DistrictRef(rs.getString(1), rs.getString(2).charAt(0), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)) : null;
                }
            }
        });
    }

    static Map<String, String> industries(ReadSession s) {
        return s.sql(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM industry ORDER BY code"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Quarters with sales of {@code industry} at {@code level} (from the one-row-per-quarter summary), ascending. */
    static TreeSet<Integer> salesQuarters(ReadSession s, String industry, char level) {
        return s.sql(c -> {
            TreeSet<Integer> out = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT quarter FROM industry_quarter_kpi WHERE industry_code = ? AND lvl = ?"
                    + " AND sales_amt > 0")) {
                ps.setString(1, industry);
                ps.setString(2, String.valueOf(level));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getInt(1));
                    }
                }
            }
            return out;
        });
    }

    /** Industries with sales at {@code level} in {@code quarter}. */
    static List<String> industriesWithSales(ReadSession s, char level, int quarter) {
        return s.sql(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT industry_code FROM industry_quarter_kpi WHERE lvl = ? AND quarter = ?"
                    + " AND sales_amt > 0 ORDER BY industry_code")) {
                ps.setString(1, String.valueOf(level));
                ps.setInt(2, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Sales and stores of every district for the quarters T−4 … T (window index 0 … 4), from industry_district_kpi. */
    static Map<String, CellHistory> cells(ReadSession s, String industry, char level, int quarter) {
        return s.sql(c -> {
            Map<String, CellHistory> out = new HashMap<>();
            int from = Quarter.minus(quarter, CellHistory.WINDOW - 1);
            try (PreparedStatement ps = c.prepareStatement("SELECT district_code, quarter, sales_amt, stores FROM industry_district_kpi"
                    + " WHERE industry_code = ? AND lvl = ? AND quarter BETWEEN ? AND ?")) {
                ps.setString(1, industry);
                ps.setString(2, String.valueOf(level));
                ps.setInt(3, from);
                ps.setInt(4, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CellHistory h = out.computeIfAbsent(rs.getString(1), k -> CellHistory.empty());
                        int i = Quarter.between(from, rs.getInt(2));
                        h.sales()[i] = number(rs, 3);
                        h.stores()[i] = number(rs, 4);
                    }
                }
            }
            return out;
        });
    }

    /**
     * Closing rate (%) per district averaged over the published quarters {@code from} … {@code to}, and the closings
     * summed: {code → [rate, count]}.
     */
    static Map<String, double[]> closings(ReadSession s, String industry, char level, int from, int to) {
        return s.sql(c -> {
            Map<String, double[]> acc = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT district_code, close_rate, close_count FROM stores_q"
                    + " WHERE industry_code = ? AND quarter BETWEEN ? AND ? AND lvl = ?")) {
                ps.setString(1, industry);
                ps.setInt(2, from);
                ps.setInt(3, to);
                ps.setString(4, String.valueOf(level));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double rate = number(rs, 2);
                        if (Double.isFinite(rate)) {
                            double[] a = acc.computeIfAbsent(rs.getString(1), k -> new double[3]);
                            a[0] += rate;
                            a[1] += Math.max(0, number0(rs, 3));
                            a[2]++;
                        }
                    }
                }
            }
            Map<String, double[]> out = new HashMap<>();
            acc.forEach((k, a) -> out.put(k, new double[] {a[0] / a[2], a[1]}));
            return out;
        });
    }

    /** Sales of all industries of every district at {@code quarter} (district_quarter_kpi): the market a store shares. */
    static Map<String, Double> districtSales(ReadSession s, char level, int quarter) {
        return s.sql(c -> {
            Map<String, Double> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT district_code, sales_amt FROM district_quarter_kpi"
                    + " WHERE lvl = ? AND quarter = ? AND sales_amt > 0")) {
                ps.setString(1, String.valueOf(level));
                ps.setInt(2, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getDouble(2));
                    }
                }
            }
            return out;
        });
    }

    /** The latest quarter not after {@code asOf} of a per-district table (change_q, population_q) at {@code level}. */
    static Integer latestQuarter(ReadSession s, String table, char level, int asOf) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(quarter) FROM " + table + " WHERE lvl = ? AND quarter <= ?")) {
                ps.setString(1, String.valueOf(level));
                ps.setInt(2, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    int q = rs.getInt(1);
                    return rs.wasNull() ? null : q;
                }
            }
        });
    }

    /** Change index and average operating months of every district at {@code quarter}: code → {index, months}. */
    static void change(ReadSession s, char level, int quarter, Map<String, String> index, Map<String, Double> months) {
        s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT district_code, change_index, op_months FROM change_q WHERE lvl = ? AND quarter = ?")) {
                ps.setString(1, String.valueOf(level));
                ps.setInt(2, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2) != null) {
                            index.put(rs.getString(1), rs.getString(2).trim());
                        }
                        double m = number(rs, 3);
                        if (Double.isFinite(m)) {
                            months.put(rs.getString(1), m);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Floating population of every district at {@code quarter}: total and the age/gender/time mix. */
    static void population(ReadSession s, char level, int quarter, Map<String, Double> totals, Map<String, Mix> mixes) {
        s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT district_code, " + POP_COLS + " FROM population_q"
                    + " WHERE lvl = ? AND quarter = ?")) {
                ps.setString(1, String.valueOf(level));
                ps.setInt(2, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double total = number(rs, 2);
                        if (total > 0) {
                            totals.put(rs.getString(1), total);
                            mixes.put(rs.getString(1), Mix.of(values(rs, 5, 6), values(rs, 3, 2), values(rs, 11, 6)));
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The industry's Seoul-wide customer mix (sales by gender, age, time) at the latest quarter not after {@code asOf}. */
    static Mix industryMix(ReadSession s, String industry, char level, int asOf) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MIX_COLS + " FROM industry_quarter_kpi WHERE industry_code = ?"
                    + " AND lvl = ? AND quarter <= ? ORDER BY quarter DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, industry);
                ps.setString(2, String.valueOf(level));
                ps.setInt(3, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Mix.of(values(rs, 3, 6), values(rs, 1, 2), values(rs, 9, 6)) : null;
                }
            }
        });
    }

    /** The user's own presets: name → weights. */
    static Map<String, Weights> presets(Database database) {
        return DataAccessException.read(database, c -> {
            Map<String, Weights> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, weights FROM recommend_preset ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Weights.decode(rs.getString(2)));
                }
            }
            return out;
        });
    }

    static void savePreset(Database database, String name, Weights weights) {
        DataAccessException.write(database, c -> {
            try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(
                    Upsert.into("recommend_preset", List.of("name"), List.of("name", "weights", "saved_at"))
                            .withValue("saved_at", "CURRENT_TIMESTAMP")))) {
                ps.setString(1, name);
                ps.setString(2, weights.encode());
                return ps.executeUpdate();
            }
        });
    }

    static boolean deletePreset(Database database, String name) {
        return DataAccessException.write(database, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM recommend_preset WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static double[] values(ResultSet rs, int first, int n) throws SQLException {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = number(rs, first + i);
        }
        return v;
    }

    private static double number(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static double number0(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? 0 : v;
    }
}
