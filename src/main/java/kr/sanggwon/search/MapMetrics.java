package kr.sanggwon.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import kr.sanggwon.store.Database;

/** Loads one map metric for all 상권 in its latest quarter; one query per metric, from summary tables where possible. */
public final class MapMetrics {
    private final Database database;

    public MapMetrics(Database database) {
        this.database = database;
    }

    public MetricValues load(MapMetric metric) throws SQLException {
        String sql = switch (metric) {
            case SALES_PER_STORE -> "SELECT s.district_code, s.quarter, CAST(SUM(s.sales_amt) AS DOUBLE) / SUM(t.stores)"
                    + " FROM sales_q s JOIN stores_q t ON t.district_code = s.district_code AND t.industry_code = s.industry_code"
                    + " AND t.quarter = s.quarter"
                    + " WHERE s.lvl = 'T' AND t.stores > 0 AND s.sales_amt IS NOT NULL AND s.quarter = (SELECT MAX(quarter)"
                    + " FROM district_quarter_kpi WHERE lvl = 'T' AND sales_amt IS NOT NULL AND stores > 0)"
                    + " GROUP BY s.district_code, s.quarter";
            case STORES -> "SELECT district_code, quarter, stores FROM district_quarter_kpi WHERE lvl = 'T' AND stores IS NOT NULL"
                    + " AND quarter = (SELECT MAX(quarter) FROM district_quarter_kpi WHERE lvl = 'T' AND stores IS NOT NULL)";
            case CHANGE_INDEX -> "SELECT district_code, quarter, change_index FROM change_q WHERE lvl = 'T' AND change_index IS NOT NULL"
                    + " AND quarter = (SELECT MAX(quarter) FROM change_q WHERE lvl = 'T')";
            case FLOATING_POPULATION -> "SELECT district_code, quarter, total FROM population_q WHERE lvl = 'T' AND total IS NOT NULL"
                    + " AND quarter = (SELECT MAX(quarter) FROM population_q WHERE lvl = 'T')";
        };
        Map<String, Double> numbers = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        Integer quarter = null;
        try (Connection c = database.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                quarter = rs.getInt(2);
                if (metric.categorical()) {
                    categories.put(rs.getString(1), rs.getString(3).trim());
                } else {
                    double v = rs.getDouble(3);
                    if (!rs.wasNull()) {
                        numbers.put(rs.getString(1), v);
                    }
                }
            }
        }
        return new MetricValues(metric, quarter, numbers, categories);
    }
}
