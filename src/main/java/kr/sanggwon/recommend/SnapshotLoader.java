package kr.sanggwon.recommend;

import java.util.HashMap;
import java.util.Map;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.store.ReadSession;

/** Assembles the {@link Snapshot} of one industry at one grain as of quarter T from the repository's reads. */
final class SnapshotLoader {
    private SnapshotLoader() {
    }

    static Snapshot load(ReadSession c, String industry, String industryName, char level, int quarter) {
        Map<String, DistrictRef> districts = RecommendRepository.districts(c, level);
        Map<String, CellHistory> raw = RecommendRepository.cells(c, industry, level, quarter);
        Map<String, double[]> closings = RecommendRepository.closings(c, industry, level, Quarter.minus(quarter, 3), quarter);
        Map<String, CellHistory> cells = new HashMap<>();
        boolean anyStores = false;
        for (Map.Entry<String, CellHistory> e : raw.entrySet()) {
            double[] close = closings.get(e.getKey());
            CellHistory h = e.getValue();
            cells.put(e.getKey(), new CellHistory(h.sales(), h.stores(), close == null ? Double.NaN : close[0],
                    close == null ? Double.NaN : close[1]));
            anyStores |= h.stores()[CellHistory.WINDOW - 1] > 0 && h.sales()[CellHistory.WINDOW - 1] > 0;
        }
        Map<String, String> change = new HashMap<>();
        Map<String, Double> months = new HashMap<>();
        Integer changeQuarter = RecommendRepository.latestQuarter(c, "change_q", level, quarter);
        if (changeQuarter != null) {
            RecommendRepository.change(c, level, changeQuarter, change, months);
        }
        Map<String, Double> floating = new HashMap<>();
        Map<String, Mix> mixes = new HashMap<>();
        char popLevel = level;
        Integer popQuarter = RecommendRepository.latestQuarter(c, "population_q", level, quarter);
        if (popQuarter == null && level == 'T') {
            // no 상권 floating population up to T: every 상권 takes its 행정동's (one source for all, so ratios compare)
            popLevel = 'D';
            popQuarter = RecommendRepository.latestQuarter(c, "population_q", 'D', quarter);
        }
        if (popQuarter != null) {
            RecommendRepository.population(c, popLevel, popQuarter, floating, mixes);
            if (popLevel != level) {
                Map<String, String> dongOf = RecommendRepository.dongOf(c);
                Map<String, Double> f2 = new HashMap<>();
                Map<String, Mix> m2 = new HashMap<>();
                for (String code : districts.keySet()) {
                    String dong = dongOf.get(code);
                    if (dong != null && floating.containsKey(dong)) {
                        f2.put(code, floating.get(dong));
                        m2.put(code, mixes.get(dong));
                    }
                }
                floating = f2;
                mixes = m2;
            }
        }
        Mix industryMix = RecommendRepository.industryMix(c, industry, level, quarter);
        return new Snapshot(industry, industryName, level, quarter, anyStores, districts, cells, months, change, floating, mixes,
                RecommendRepository.districtSales(c, level, quarter), industryMix, changeQuarter, popQuarter, popLevel);
    }
}
