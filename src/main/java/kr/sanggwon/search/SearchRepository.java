package kr.sanggwon.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/**
 * All SQL of 상권 찾기 and the map colouring: the 상권 catalog ({@code district}, level T) and one map metric of every
 * 상권 in its latest quarter, from summary tables where possible. Failures are {@link DataAccessException}s.
 */
final class SearchRepository {
    private SearchRepository() {
    }

    /** Every 상권 with its names and TM point, in code order. */
    static List<DistrictEntry> districts(Database database) {
        return DataAccessException.read(database, c -> {
            List<DistrictEntry> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT code, name, type_code, type_name, gu_name, dong_name, x_tm, y_tm"
                         + " FROM district WHERE lvl = 'T' ORDER BY code")) {
                while (rs.next()) {
                    out.add(new DistrictEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8)));
                }
            }
            return out;
        });
    }

    /**
     * One stored metric (not {@link MapMetric#RECOMMEND_SCORE}) for all 상권: the latest quarter first (one small
     * query), then the values of that quarter (one query), on one connection.
     */
    static MetricValues metric(Database database, MapMetric metric) {
        String latest = switch (metric) {
            case SALES_PER_STORE -> "SELECT MAX(quarter) FROM district_quarter_kpi WHERE lvl = 'T' AND sales_amt IS NOT NULL AND stores > 0";
            case STORES -> "SELECT MAX(quarter) FROM district_quarter_kpi WHERE lvl = 'T' AND stores IS NOT NULL";
            case CHANGE_INDEX -> "SELECT MAX(quarter) FROM change_q WHERE lvl = 'T'";
            case FLOATING_POPULATION, RECOMMEND_SCORE -> "SELECT MAX(quarter) FROM population_q WHERE lvl = 'T'";
        };
        String values = switch (metric) {
            case SALES_PER_STORE -> "SELECT s.district_code, CAST(SUM(s.sales_amt) AS DOUBLE PRECISION) / SUM(t.stores)"
                    + " FROM sales_q s JOIN stores_q t ON t.district_code = s.district_code AND t.industry_code = s.industry_code"
                    + " AND t.quarter = s.quarter"
                    + " WHERE s.quarter = ? AND s.lvl = 'T' AND t.stores > 0 AND s.sales_amt IS NOT NULL GROUP BY s.district_code";
            case STORES -> "SELECT district_code, stores FROM district_quarter_kpi WHERE quarter = ? AND lvl = 'T' AND stores IS NOT NULL";
            case CHANGE_INDEX -> "SELECT district_code, change_index FROM change_q WHERE quarter = ? AND lvl = 'T' AND change_index IS NOT NULL";
            case FLOATING_POPULATION, RECOMMEND_SCORE ->
                    "SELECT district_code, total FROM population_q WHERE quarter = ? AND lvl = 'T' AND total IS NOT NULL";
        };
        return DataAccessException.read(database, c -> {
            Map<String, Double> numbers = new HashMap<>();
            Map<String, String> categories = new HashMap<>();
            Integer quarter = latestQuarter(c, latest);
            if (quarter == null) {
                return MetricValues.empty(metric);
            }
            try (PreparedStatement ps = c.prepareStatement(values)) {
                ps.setInt(1, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (metric.categorical()) {
                            categories.put(rs.getString(1), rs.getString(2).trim());
                        } else {
                            double v = rs.getDouble(2);
                            if (!rs.wasNull()) {
                                numbers.put(rs.getString(1), v);
                            }
                        }
                    }
                }
            }
            return new MetricValues(metric, quarter, numbers, categories);
        });
    }

    private static Integer latestQuarter(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            int q = rs.getInt(1);
            return rs.wasNull() ? null : q;
        }
    }
}
