package kr.sanggwon.district;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The quarterly series 관심 목록 compares for one district (optionally one industry): sales, stores and closure rate
 * (each a {@link Trend}, oldest quarter first) and the 상권변화지표 code by quarter (quarters without a code are left out), oldest first.
 */
public record DistrictHistory(DistrictInfo info, String industryCode, String industryName, List<Trend> trends,
                              Map<Integer, String> changeCodes) {
    /** The metrics a history carries. */
    public static final Set<Metric> METRICS = Set.of(Metric.SALES, Metric.STORES, Metric.CLOSE_RATE);

    public DistrictHistory {
        trends = List.copyOf(trends);
        TreeMap<Integer, String> codes = new TreeMap<>();
        changeCodes.forEach((q, code) -> {
            if (code != null) {
                codes.put(q, code);
            }
        });
        changeCodes = Collections.unmodifiableSortedMap(codes);
    }

    public Trend trend(Metric metric) {
        return trends.stream().filter(t -> t.metric() == metric).findFirst().orElse(new Trend(metric, List.of()));
    }
}
