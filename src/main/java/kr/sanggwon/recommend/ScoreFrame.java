package kr.sanggwon.recommend;

import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The scoring frame of one industry at one grain as of one quarter: a Tablesaw table with one row per district that
 * has sales of the industry in that quarter, its raw facts and one standardized column per {@link Part}
 * ({@code z_SALES} …). Weights are applied by {@link Ranker} without touching the database.
 * {@code seoulCloseRate}: the closing rate (%) over all districts of the grain, weighted by stores.
 */
public record ScoreFrame(String industry, String industryName, char level, int quarter, boolean perStore, Table table,
                         double seoulCloseRate, Integer changeQuarter, Integer populationQuarter, char populationLevel,
                         Map<String, DistrictRef> districts) {
    static final String CODE = "code";
    static final String GU = "gu_code";
    static final String TYPE = "type_code";
    static final String SALES = "sales";
    static final String SALES_PCT = "sales_pct";
    static final String YOY = "yoy";
    static final String SLOPE = "slope";
    static final String STORES = "stores";
    static final String FLOATING = "floating";
    static final String PER_10K = "stores_per_10k";
    static final String PER_SALES = "stores_per_1eok";
    static final String STORE_GROWTH = "store_growth";
    static final String CLOSE = "close_rate";
    static final String MONTHS = "op_months";
    static final String CHANGE = "change";
    static final String FIT = "fit";
    static final String CONFIDENCE = "confidence";
    static final String MISSING = "missing";
    static final String FLAGS = "flags";

    static String z(Part p) {
        return "z_" + p.name();
    }

    public int rows() {
        return table.rowCount();
    }
}
