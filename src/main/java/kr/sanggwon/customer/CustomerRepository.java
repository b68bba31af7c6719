package kr.sanggwon.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.UserException;
import kr.sanggwon.customer.CustomerService.Values;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.ImportBatches;
import kr.sanggwon.district.Reference;
import kr.sanggwon.store.ReadSession;

/**
 * All SQL of 고객 분석 (the 고객 분석 screen and {@code customers}): one sales row of the district × industry (or the
 * district's latest quarter over all industries), the Seoul summary of the same level and quarter
 * ({@code industry_quarter_kpi}), and the floating population series; master data and batches through
 * {@link Reference}. One connection per reading, so the parts come from one data version.
 */
final class CustomerRepository {
    static final List<String> SALES_COLS;
    static final List<String> FLOAT_COLS;

    static {
        Set<String> s = new LinkedHashSet<>();
        Set<String> f = new LinkedHashSet<>();
        for (Dimension d : Dimension.values()) {
            for (Dimension.Band b : d.bands()) {
                s.add(b.salesColumn());
                f.addAll(b.floatingColumns());
            }
        }
        SALES_COLS = List.of(s.toArray(String[]::new));
        FLOAT_COLS = List.of(f.toArray(String[]::new));
    }

    private CustomerRepository() {
    }

    /** What one profile is computed from; {@code sales} null when the district has none (then the rest is null too). */
    record Reading(DistrictInfo info, String industryName, Level level, ImportBatches batches, Values sales, Values seoul,
                   Values floating, Level floatLevel) {
    }

    /** Reads a profile's inputs; a {@link UserException} for an unknown district or industry. */
    static Reading read(Reference reference, String code, String industry) {
        try (ReadSession session = reference.session()) {
            return session.sql(c -> read(reference, session, c, code, industry));
        }
    }

    private static Reading read(Reference reference, ReadSession session, Connection c, String code, String industry)
            throws SQLException {
        DistrictInfo info = reference.district(session, code);
        String industryName = reference.requireIndustryName(session, industry);
        Level level = info.isDong() ? Level.DONG : Level.TRDAR;
        ImportBatches batches = reference.batches(session);
        Values sales = industry == null ? districtSales(c, code) : industrySales(c, code, industry);
        if (sales == null) {
            return new Reading(info, industryName, level, batches, null, null, null, null);
        }
        Values seoul = seoul(c, level, sales.quarter, industry);
        Level floatLevel = level;
        Values floating = floating(c, code, sales.quarter);
        if (floating == null && !info.isDong() && info.dongCode() != null) {
            floating = floating(c, info.dongCode(), sales.quarter);
            floatLevel = Level.DONG;
        }
        return new Reading(info, industryName, level, batches, sales, seoul, floating, floatLevel);
    }

    private static Values industrySales(Connection c, String code, String industry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT quarter, batch_id, sales_amt, " + String.join(", ", SALES_COLS)
                + " FROM sales_q WHERE district_code = ? AND industry_code = ? ORDER BY quarter DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, code);
            ps.setString(2, industry);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Values v = new Values(rs.getInt(1), rs.getLong(2));
                readInto(rs, v, 3);
                return v;
            }
        }
    }

    private static Values districtSales(Connection c, String code) throws SQLException {
        Integer quarter = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT quarter FROM district_quarter_kpi WHERE district_code = ?"
                + " AND sales_amt IS NOT NULL ORDER BY quarter DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    quarter = rs.getInt(1);
                }
            }
        }
        if (quarter == null) {
            return null;
        }
        Values v = new Values(quarter, null);
        try (PreparedStatement ps = c.prepareStatement("SELECT sales_amt, " + String.join(", ", SALES_COLS)
                + " FROM sales_q WHERE district_code = ? AND quarter = ?")) {
            ps.setString(1, code);
            ps.setInt(2, quarter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readInto(rs, v, 1);
                }
            }
        }
        return v;
    }

    private static Values seoul(Connection c, Level level, int quarter, String industry) throws SQLException {
        String sql = "SELECT sales_amt, " + String.join(", ", SALES_COLS) + " FROM industry_quarter_kpi WHERE lvl = ? AND quarter = ?"
                + (industry == null ? "" : " AND industry_code = ?");
        Values v = new Values(quarter, null);
        boolean any = false;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, String.valueOf(level.code()));
            ps.setInt(2, quarter);
            if (industry != null) {
                ps.setString(3, industry);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readInto(rs, v, 1);
                    any = true;
                }
            }
        }
        return any ? v : null;
    }

    /** The floating population at the sales quarter, else the nearest earlier quarter, else the latest one. */
    private static Values floating(Connection c, String code, int quarter) throws SQLException {
        Values best = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT quarter, batch_id, total, " + String.join(", ", FLOAT_COLS)
                + " FROM population_q WHERE district_code = ? ORDER BY quarter")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int q = rs.getInt(1);
                    if (best != null && best.quarter <= quarter && q > quarter) {
                        break;
                    }
                    Values v = new Values(q, rs.getLong(2));
                    v.add("total", number(rs, 3));
                    for (int i = 0; i < FLOAT_COLS.size(); i++) {
                        v.add(FLOAT_COLS.get(i), number(rs, 4 + i));
                    }
                    best = v;
                }
            }
        }
        return best;
    }

    private static void readInto(ResultSet rs, Values v, int first) throws SQLException {
        v.add("sales_amt", number(rs, first));
        for (int i = 0; i < SALES_COLS.size(); i++) {
            v.add(SALES_COLS.get(i), number(rs, first + 1 + i));
        }
    }

    private static double number(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }
}
