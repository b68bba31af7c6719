package kr.sanggwon.recommend;

import java.util.Map;

/**
 * Everything the score of one industry reads, as of quarter {@code quarter} (never later): per district its cell
 * history, the sales of all its industries, operating months, change index, floating population and its mix; the industry's Seoul customer mix; the
 * quarters each context table was taken from (the latest one not after {@code quarter}).
 */
record Snapshot(String industry, String industryName, char level, int quarter, boolean perStore,
                Map<String, DistrictRef> districts, Map<String, CellHistory> cells, Map<String, Double> opMonths,
                Map<String, String> change, Map<String, Double> floating, Map<String, Mix> floatingMix, Map<String, Double> districtSales,
                Mix industryMix, Integer changeQuarter, Integer populationQuarter, char populationLevel) {
}
