package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rebuilds the summary tables for the quarters an import touched, inside the import transaction, so screens
 * read totals instead of grouping raw rows.
 */
public final class SummaryBuilder {
    private static final String[] PROFILE = {
        "weekday_amt", "weekend_amt", "mon_amt", "tue_amt", "wed_amt", "thu_amt", "fri_amt", "sat_amt", "sun_amt",
        "t00_06_amt", "t06_11_amt", "t11_14_amt", "t14_17_amt", "t17_21_amt", "t21_24_amt", "male_amt", "female_amt",
        "age10_amt", "age20_amt", "age30_amt", "age40_amt", "age50_amt", "age60_amt"};

    private SummaryBuilder() {
    }

    public static void rebuild(Connection c, Set<Integer> quarters) throws SQLException {
        if (quarters.isEmpty()) {
            return;
        }
        String in = quarters.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM district_quarter_kpi WHERE quarter IN (" + in + ")");
            st.executeUpdate("INSERT INTO district_quarter_kpi (district_code, quarter, lvl, industries, sales_amt, sales_cnt,"
                    + " stores, open_count, close_count, franchise)"
                    + " SELECT district_code, quarter, MAX(lvl), COUNT(DISTINCT industry_code), SUM(sales_amt), SUM(sales_cnt),"
                    + " SUM(stores), SUM(open_count), SUM(close_count), SUM(franchise) FROM ("
                    + " SELECT district_code, quarter, lvl, industry_code, sales_amt, sales_cnt, CAST(NULL AS BIGINT) stores,"
                    + " CAST(NULL AS BIGINT) open_count, CAST(NULL AS BIGINT) close_count, CAST(NULL AS BIGINT) franchise"
                    + " FROM sales_q WHERE quarter IN (" + in + ")"
                    + " UNION ALL SELECT district_code, quarter, lvl, industry_code, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT),"
                    + " stores, open_count, close_count, franchise FROM stores_q WHERE quarter IN (" + in + ")) u"
                    + " GROUP BY district_code, quarter");
            st.executeUpdate("DELETE FROM industry_quarter_kpi WHERE quarter IN (" + in + ")");
            String sums = java.util.Arrays.stream(PROFILE).map(p -> "SUM(s." + p + ")").collect(Collectors.joining(","));
            st.executeUpdate("INSERT INTO industry_quarter_kpi (industry_code, lvl, quarter, cells, sales_amt, sales_cnt, "
                    + String.join(",", PROFILE) + ", stores)"
                    + " SELECT s.industry_code, s.lvl, s.quarter, COUNT(*), SUM(s.sales_amt), SUM(s.sales_cnt), " + sums
                    + ", SUM(t.stores) FROM sales_q s LEFT JOIN stores_q t ON t.district_code = s.district_code"
                    + " AND t.industry_code = s.industry_code AND t.quarter = s.quarter"
                    + " WHERE s.quarter IN (" + in + ") GROUP BY s.industry_code, s.lvl, s.quarter");
            // narrow sales + stores per cell for the district screens (V31); a cell may have only one of the two
            st.executeUpdate("DELETE FROM industry_district_kpi WHERE quarter IN (" + in + ")");
            st.executeUpdate("INSERT INTO industry_district_kpi (industry_code, lvl, quarter, district_code, sales_amt, stores)"
                    + " SELECT industry_code, MAX(lvl), quarter, district_code, SUM(sales_amt), SUM(stores) FROM ("
                    + " SELECT industry_code, lvl, quarter, district_code, sales_amt, CAST(NULL AS BIGINT) stores FROM sales_q"
                    + " WHERE quarter IN (" + in + ") UNION ALL SELECT industry_code, lvl, quarter, district_code,"
                    + " CAST(NULL AS BIGINT), stores FROM stores_q WHERE quarter IN (" + in + ")) u"
                    + " GROUP BY industry_code, quarter, district_code");
        }
    }
}
