package kr.sanggwon.finance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/** All SQL of 수익 분석: the district's facts for one industry, its peers, and the user's own default values. */
final class FinanceRepository {
    private final Database database;

    FinanceRepository(Database database) {
        this.database = database;
    }

    /** A district with its level ('T' 상권, 'D' 행정동) and 자치구. */
    record DistrictRow(String code, String name, String level, String guName) {
    }

    /** One industry in one district at {@code quarter}: quarterly sales amount and count, stores (NaN = not published). */
    record CellRow(int quarter, double salesAmount, double salesCount, double stores) {
    }

    /** One district's figures for the industry at a quarter, with its 자치구. */
    record PeerRow(String district, String guName, double salesAmount, double stores) {
    }

    DistrictRow district(String code) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, lvl, gu_name FROM district WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new DistrictRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)) : null;
                }
            }
        });
    }

    String industryName(String code) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM industry WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** The latest quarter with sales of the industry at this level (0 when none). */
    int latestQuarter(String industry, String level) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(quarter) FROM industry_district_kpi"
                    + " WHERE industry_code = ? AND lvl = ? AND sales_amt IS NOT NULL")) {
                ps.setString(1, industry);
                ps.setString(2, level);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The cell's sales and stores at its latest quarter up to {@code quarter}, or null when it has no sales rows. */
    CellRow cell(String district, String industry, int quarter) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.quarter, s.sales_amt, s.sales_cnt, t.stores FROM sales_q s"
                    + " LEFT JOIN stores_q t ON t.district_code = s.district_code AND t.industry_code = s.industry_code"
                    + " AND t.quarter = s.quarter WHERE s.district_code = ? AND s.industry_code = ? AND s.quarter <= ?"
                    + " AND s.sales_amt IS NOT NULL ORDER BY s.quarter DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, district);
                ps.setString(2, industry);
                ps.setInt(3, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return new CellRow(rs.getInt(1), number(rs, 2), number(rs, 3), number(rs, 4));
                }
            }
        });
    }

    /** Every district of the level with the industry's sales and stores at {@code quarter}, with its 자치구. */
    List<PeerRow> peers(String industry, String level, int quarter) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT k.district_code, d.gu_name, k.sales_amt, k.stores"
                    + " FROM industry_district_kpi k LEFT JOIN district d ON d.code = k.district_code"
                    + " WHERE k.industry_code = ? AND k.lvl = ? AND k.quarter = ?")) {
                ps.setString(1, industry);
                ps.setString(2, level);
                ps.setInt(3, quarter);
                List<PeerRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PeerRow(rs.getString(1), rs.getString(2), number(rs, 3), number(rs, 4)));
                    }
                }
                return out;
            }
        });
    }

    /** The user's values for one scope (an industry code or "*"). */
    Map<Param, Double> userValues(String scope) {
        return query(c -> {
            Map<Param, Double> out = new EnumMap<>(Param.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT param, param_value FROM finance_assumption WHERE scope = ?")) {
                ps.setString(1, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        double v = rs.getDouble(2);
                        Param.byId(id).ifPresent(p -> out.put(p, v));
                    }
                }
            }
            return out;
        });
    }

    /** Stores (replacing) the user's values for one scope. */
    void saveUserValues(String scope, Map<Param, Double> values) {
        try {
            database.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(Upsert.into("finance_assumption",
                        List.of("scope", "param"), List.of("scope", "param", "param_value", "updated_at"))))) {
                    for (Map.Entry<Param, Double> e : values.entrySet()) {
                        ps.setString(1, scope);
                        ps.setString(2, e.getKey().id());
                        ps.setDouble(3, e.getValue());
                        ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("finance_assumption: " + e.getMessage(), e);
        }
    }

    /** Removes the user's values of one scope (back to the bundled defaults). */
    void clearUserValues(String scope) {
        try {
            database.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM finance_assumption WHERE scope = ?")) {
                    ps.setString(1, scope);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("finance_assumption: " + e.getMessage(), e);
        }
    }

    private static double number(ResultSet rs, int col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private <T> T query(Database.SqlWork<T> work) {
        try (Connection c = database.connection()) {
            return work.run(c);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("finance query: " + e.getMessage(), e);
        }
    }
}
