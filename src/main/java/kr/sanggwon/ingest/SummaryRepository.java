package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Transaction;
import kr.sanggwon.store.Upsert;

/**
 * The SQL of the summary tables (district × quarter, industry × quarter, industry × district): the rows
 * {@link CellSummaries} reads and writes while a file streams past, and their recomputation in SQL from the fact
 * tables. The recomputation is the reference definition: a whole-quarter rebuild (tests, the full-scale generator, {@code bench
 * query --rebuild-summaries}), and the import's path for quarters whose rows it cannot sum while they stream past
 * (a quarter the table already held, or a file that repeats a key), restricted to the districts and industries the
 * file touched. {@link CellSummaries} must always leave exactly what this class would.
 */
public final class SummaryRepository {
    static final List<String> PROFILE = List.of(
        "weekday_amt", "weekend_amt", "mon_amt", "tue_amt", "wed_amt", "thu_amt", "fri_amt", "sat_amt", "sun_amt",
        "t00_06_amt", "t06_11_amt", "t11_14_amt", "t14_17_amt", "t17_21_amt", "t21_24_amt", "male_amt", "female_amt",
        "age10_amt", "age20_amt", "age30_amt", "age40_amt", "age50_amt", "age60_amt");

    private SummaryRepository() {
    }

    /** Rebuilds every summary row of the given quarters. */
    public static void rebuild(Connection c, Set<Integer> quarters) throws SQLException {
        if (quarters.isEmpty()) {
            return;
        }
        String in = quarters.stream().map(String::valueOf).collect(Collectors.joining(","));
        run(c, "quarter IN (" + in + ")", "quarter IN (" + in + ")", "quarter IN (" + in + ")");
    }

    /**
     * Rebuilds the summary rows of one quarter for the given districts (district × quarter), industries
     * (industry × quarter) and their cross product (industry × district): everything a file's rows of that quarter
     * can have changed, and nothing else.
     */
    static void rebuildKeys(Transaction tx, int quarter, Collection<String> districts, Collection<String> industries) {
        if (districts.isEmpty()) {
            return;
        }
        Connection c = tx.connection();
        String d = "district_code IN (" + literals(districts) + ")";
        String i = "industry_code IN (" + literals(industries) + ")";
        String q = "quarter = " + quarter;
        DataAccessException.unchecked(() -> {
            run(c, q + " AND " + d, industries.isEmpty() ? "FALSE" : q + " AND " + i,
                    industries.isEmpty() ? "FALSE" : q + " AND " + i + " AND " + d);
            return null;
        });
    }

    private static void run(Connection c, String districtKeys, String industryKeys, String cellKeys) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM district_quarter_kpi WHERE " + districtKeys);
            st.executeUpdate("INSERT INTO district_quarter_kpi (district_code, quarter, lvl, industries, sales_amt, sales_cnt,"
                    + " stores, open_count, close_count, franchise)"
                    + " SELECT district_code, quarter, MAX(lvl), COUNT(DISTINCT industry_code), SUM(sales_amt), SUM(sales_cnt),"
                    + " SUM(stores), SUM(open_count), SUM(close_count), SUM(franchise) FROM ("
                    + " SELECT district_code, quarter, lvl, industry_code, sales_amt, sales_cnt, CAST(NULL AS BIGINT) stores,"
                    + " CAST(NULL AS BIGINT) open_count, CAST(NULL AS BIGINT) close_count, CAST(NULL AS BIGINT) franchise"
                    + " FROM sales_q WHERE " + districtKeys
                    + " UNION ALL SELECT district_code, quarter, lvl, industry_code, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT),"
                    + " stores, open_count, close_count, franchise FROM stores_q WHERE " + districtKeys + ") u"
                    + " GROUP BY district_code, quarter");
            st.executeUpdate("DELETE FROM industry_quarter_kpi WHERE " + industryKeys);
            String sums = PROFILE.stream().map(p -> "SUM(s." + p + ")").collect(Collectors.joining(","));
            String s = prefixed("s.", industryKeys);
            st.executeUpdate("INSERT INTO industry_quarter_kpi (industry_code, lvl, quarter, cells, sales_amt, sales_cnt, "
                    + String.join(",", PROFILE) + ", stores)"
                    + " SELECT s.industry_code, s.lvl, s.quarter, COUNT(*), SUM(s.sales_amt), SUM(s.sales_cnt), " + sums
                    + ", SUM(t.stores) FROM sales_q s LEFT JOIN stores_q t ON t.district_code = s.district_code"
                    + " AND t.industry_code = s.industry_code AND t.quarter = s.quarter"
                    + " WHERE " + s + " GROUP BY s.industry_code, s.lvl, s.quarter");
            // narrow sales + stores per cell for the district screens (V31): primary-key joins, no grouping
            st.executeUpdate("DELETE FROM industry_district_kpi WHERE " + cellKeys);
            st.executeUpdate("INSERT INTO industry_district_kpi (industry_code, lvl, quarter, district_code, sales_amt, stores)"
                    + " SELECT s.industry_code, s.lvl, s.quarter, s.district_code, s.sales_amt, t.stores FROM sales_q s"
                    + " LEFT JOIN stores_q t ON t.district_code = s.district_code AND t.industry_code = s.industry_code"
                    + " AND t.quarter = s.quarter WHERE " + prefixed("s.", cellKeys));
            st.executeUpdate("INSERT INTO industry_district_kpi (industry_code, lvl, quarter, district_code, sales_amt, stores)"
                    + " SELECT t.industry_code, t.lvl, t.quarter, t.district_code, NULL, t.stores FROM stores_q t"
                    + " WHERE " + prefixed("t.", cellKeys) + " AND NOT EXISTS (SELECT 1 FROM sales_q s WHERE s.district_code = t.district_code"
                    + " AND s.industry_code = t.industry_code AND s.quarter = t.quarter)");
        }
    }

    /** Qualifies the column names of a key condition built above with a table alias. */
    private static String prefixed(String alias, String keys) {
        return keys.replace("quarter ", alias + "quarter ").replace("district_code ", alias + "district_code ")
                .replace("industry_code ", alias + "industry_code ");
    }

    /**
     * The writer of industry × district cells (industry_district_kpi): industry code, lvl, quarter ({@link Integer}),
     * district code, sales_amt, stores ({@link Long}).
     */
    static BatchedUpsert cellWriter(Transaction tx) {
        return new BatchedUpsert(tx, Upsert.into("industry_district_kpi", List.of("industry_code", "lvl", "quarter", "district_code"),
                List.of("industry_code", "lvl", "quarter", "district_code", "sales_amt", "stores")),
                List.of(String.class, String.class, Integer.class, String.class, Long.class, Long.class));
    }

    /** The cells of one industry, level and quarter: district code → [sales_amt, stores], either possibly null. */
    static Map<String, Long[]> cells(Transaction tx, String industry, char lvl, int quarter) {
        return DataAccessException.unchecked(() -> {
            Map<String, Long[]> found = new HashMap<>();
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT district_code, sales_amt, stores FROM industry_district_kpi"
                    + " WHERE industry_code = ? AND lvl = ? AND quarter = ?")) {
                ps.setString(1, industry);
                ps.setString(2, String.valueOf(lvl));
                ps.setInt(3, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new Long[] {nullable(rs, 2), nullable(rs, 3)});
                    }
                }
            }
            return found;
        });
    }

    /**
     * The district × quarter rows of one level and quarter: district code → [lvl ({@link String}), industries
     * ({@link Integer}), sales_amt, sales_cnt, stores, open_count, close_count, franchise ({@link Long} or null)].
     */
    static Map<String, Object[]> districtRows(Transaction tx, char lvl, int quarter) {
        return DataAccessException.unchecked(() -> {
            Map<String, Object[]> before = new HashMap<>();
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT district_code, lvl, industries, sales_amt, sales_cnt,"
                    + " stores, open_count, close_count, franchise FROM district_quarter_kpi WHERE lvl = ? AND quarter = ?")) {
                ps.setString(1, String.valueOf(lvl));
                ps.setInt(2, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[8];
                        row[0] = rs.getString(2);
                        row[1] = rs.getInt(3);
                        for (int k = 2; k < 8; k++) {
                            row[k] = nullable(rs, k + 2);
                        }
                        before.put(rs.getString(1), row);
                    }
                }
            }
            return before;
        });
    }

    /**
     * The writer of district × quarter rows (district_quarter_kpi), executed once at {@link BatchedUpsert#flush}:
     * district code, quarter ({@link Integer}), lvl, industries ({@link Integer}), sales_amt, sales_cnt, stores,
     * open_count, close_count, franchise ({@link Long}).
     */
    static BatchedUpsert districtWriter(Transaction tx) {
        return new BatchedUpsert(tx, Upsert.into("district_quarter_kpi", List.of("district_code", "quarter"), List.of("district_code",
                        "quarter", "lvl", "industries", "sales_amt", "sales_cnt", "stores", "open_count", "close_count", "franchise")),
                List.of(String.class, Integer.class, String.class, Integer.class, Long.class, Long.class, Long.class, Long.class,
                        Long.class, Long.class), Integer.MAX_VALUE);
    }

    /**
     * The writer of industry × quarter rows (industry_quarter_kpi), executed once at {@link BatchedUpsert#flush}:
     * industry code, lvl, quarter ({@link Integer}), cells ({@link Integer}), sales_amt, sales_cnt, the {@link #PROFILE}
     * columns, stores ({@link Long}).
     */
    static BatchedUpsert industryWriter(Transaction tx) {
        List<String> sums = Stream.concat(Stream.of("sales_amt", "sales_cnt"), PROFILE.stream()).toList();
        List<String> cols = new ArrayList<>(List.of("industry_code", "lvl", "quarter", "cells"));
        cols.addAll(sums);
        cols.add("stores");
        List<Class<?>> types = new ArrayList<>(List.of(String.class, String.class, Integer.class, Integer.class));
        for (int k = 0; k <= sums.size(); k++) {
            types.add(Long.class);
        }
        return new BatchedUpsert(tx, Upsert.into("industry_quarter_kpi", List.of("industry_code", "lvl", "quarter"), cols), types,
                Integer.MAX_VALUE);
    }

    /** Sets the stores of existing industry × quarter rows; each update is [stores (Long or null), industry code, lvl, quarter]. */
    static void updateIndustryStores(Transaction tx, List<Object[]> updates) {
        DataAccessException.unchecked(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE industry_quarter_kpi SET stores = ?"
                    + " WHERE industry_code = ? AND lvl = ? AND quarter = ?")) {
                for (Object[] u : updates) {
                    if (u[0] == null) {
                        ps.setNull(1, Types.BIGINT);
                    } else {
                        ps.setLong(1, (Long) u[0]);
                    }
                    ps.setString(2, (String) u[1]);
                    ps.setString(3, (String) u[2]);
                    ps.setInt(4, (Integer) u[3]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static Long nullable(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    static String literals(Collection<String> codes) {
        return codes.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
    }
}
