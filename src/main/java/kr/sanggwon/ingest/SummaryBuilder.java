package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The summary tables (district × quarter, industry × quarter, industry × district) recomputed in SQL from the fact
 * tables. This is the reference definition: a whole-quarter rebuild (tests, the full-scale generator, {@code bench
 * query --rebuild-summaries}), and the import's path for quarters whose rows it cannot sum while they stream past
 * (a quarter the table already held, or a file that repeats a key), restricted to the districts and industries the
 * file touched. {@link CellSummaries} must always leave exactly what this class would.
 */
public final class SummaryBuilder {
    static final List<String> PROFILE = List.of(
        "weekday_amt", "weekend_amt", "mon_amt", "tue_amt", "wed_amt", "thu_amt", "fri_amt", "sat_amt", "sun_amt",
        "t00_06_amt", "t06_11_amt", "t11_14_amt", "t14_17_amt", "t17_21_amt", "t21_24_amt", "male_amt", "female_amt",
        "age10_amt", "age20_amt", "age30_amt", "age40_amt", "age50_amt", "age60_amt");

    private SummaryBuilder() {
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
    static void rebuildKeys(Connection c, int quarter, Collection<String> districts, Collection<String> industries)
            throws SQLException {
        if (districts.isEmpty()) {
            return;
        }
        String d = "district_code IN (" + literals(districts) + ")";
        String i = "industry_code IN (" + literals(industries) + ")";
        String q = "quarter = " + quarter;
        run(c, q + " AND " + d, industries.isEmpty() ? "FALSE" : q + " AND " + i,
                industries.isEmpty() ? "FALSE" : q + " AND " + i + " AND " + d);
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

    static String literals(Collection<String> codes) {
        return codes.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(","));
    }
}
