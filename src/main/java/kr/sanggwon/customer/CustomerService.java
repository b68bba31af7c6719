package kr.sanggwon.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.ImportBatches;
import kr.sanggwon.district.Provenance;
import kr.sanggwon.district.Reference;
import kr.sanggwon.ingest.FactDataset;
import kr.sanggwon.ingest.Level;

/**
 * 고객 분석: who buys in a district (optionally one industry) — by weekday/weekend, day, time band, gender and
 * age — against the Seoul average of the same industry (industry_quarter_kpi) and the district's floating mix.
 * Reads one sales row (or one district-quarter range), one Seoul summary row set and one population series.
 */
public final class CustomerService {
    private static final List<String> SALES_COLS;
    private static final List<String> FLOAT_COLS;

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

    private final Reference reference;

    public CustomerService(Reference reference) {
        this.reference = reference;
    }

    public CustomerProfile profile(String code, String industry) throws SQLException {
        try (Connection c = reference.database().connection()) {
            DistrictInfo info = reference.district(c, code);
            String industryName = null;
            if (industry != null) {
                industryName = reference.industryName(c, industry);
                if (industryName == null) {
                    throw new UserException("district.error.unknownIndustry", industry);
                }
            }
            Level level = info.isDong() ? Level.ADSTRD : Level.TRDAR;
            ImportBatches batches = reference.batches(c);
            Values sales = industry == null ? districtSales(c, code) : industrySales(c, code, industry);
            if (sales == null) {
                throw new UserException("customer.error.noSales", info.name(), industryName == null ? "-" : industryName);
            }
            Values seoul = seoul(c, level, sales.quarter, industry);
            Level floatLevel = level;
            Values floating = floating(c, code, sales.quarter);
            if (floating == null && !info.isDong() && info.dongCode() != null) {
                floating = floating(c, info.dongCode(), sales.quarter);
                floatLevel = Level.ADSTRD;
            }
            List<DimensionProfile> dims = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                dims.add(profile(d, sales, seoul, floating));
            }
            ImportBatches.Batch sb = sales.batchId != null ? batches.byId(sales.batchId)
                    : batches.latest(FactDataset.SALES, level, sales.quarter);
            Provenance salesProv = new Provenance(FactDataset.SALES.officialName(level), sales.quarter, sb == null ? null : sb.id(),
                    sb == null ? null : sb.fileName(), Messages.get("customer.formula.share"), null);
            Provenance seoulProv = seoul == null ? null : new Provenance(FactDataset.SALES.officialName(level), sales.quarter,
                    sb == null ? null : sb.id(), sb == null ? null : sb.fileName(), Messages.get("customer.formula.seoul"), null);
            Provenance floatProv = null;
            if (floating != null) {
                ImportBatches.Batch fb = batches.byId(floating.batchId);
                floatProv = new Provenance(FactDataset.FLOATING.officialName(floatLevel), floating.quarter,
                        fb == null ? null : fb.id(), fb == null ? null : fb.fileName(), Messages.get("customer.formula.floating"),
                        floatLevel == level ? null : Messages.get("district.note.fromDong", info.dongName()));
            }
            return new CustomerProfile(code, info.name(), industry, industryName, sales.quarter,
                    Math.round(sales.get("sales_amt")), List.copyOf(dims), SummaryWriter.write(dims, Locale.KOREAN),
                    SummaryWriter.write(dims, Locale.ENGLISH), salesProv, seoulProv, floatProv);
        }
    }

    /** Shares of one dimension from the three sources; each source is normalised over the dimension's bands. */
    static DimensionProfile profile(Dimension d, Values sales, Values seoul, Values floating) {
        double salesTotal = 0;
        double seoulTotal = 0;
        double floatTotal = 0;
        for (Dimension.Band b : d.bands()) {
            salesTotal += nz(sales.get(b.salesColumn()));
            seoulTotal += seoul == null ? 0 : nz(seoul.get(b.salesColumn()));
            floatTotal += floating == null ? 0 : floatSum(floating, b);
        }
        List<Share> shares = new ArrayList<>();
        for (Dimension.Band b : d.bands()) {
            double v = sales.get(b.salesColumn());
            shares.add(new Share(b.id(), b.labelKey(), Double.isNaN(v) ? null : Math.round(v),
                    salesTotal > 0 ? nz(v) / salesTotal : null,
                    seoulTotal > 0 ? nz(seoul.get(b.salesColumn())) / seoulTotal : null,
                    floatTotal > 0 ? floatSum(floating, b) / floatTotal : null));
        }
        return new DimensionProfile(d, List.copyOf(shares));
    }

    private static double floatSum(Values floating, Dimension.Band b) {
        double sum = 0;
        for (String col : b.floatingColumns()) {
            sum += nz(floating.get(col));
        }
        return sum;
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** Named values of one quarter (NaN = not published). */
    static final class Values {
        final int quarter;
        final Long batchId;
        final Map<String, Double> values = new LinkedHashMap<>();

        Values(int quarter, Long batchId) {
            this.quarter = quarter;
            this.batchId = batchId;
        }

        double get(String col) {
            return values.getOrDefault(col, Double.NaN);
        }

        void add(String col, double v) {
            if (!Double.isNaN(v)) {
                values.merge(col, v, Double::sum);
            }
        }
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
