package kr.sanggwon.recommend;

import java.util.List;

/**
 * The raw facts behind one district's parts (NaN = not known). Money per quarter in KRW; rates as ratios except
 * {@code closeRate} and {@code closeVsSeoulPp}, which are in % / percentage points as published.
 * {@code salesTopShare}: share of districts with higher sales (0.08 = 상위 8%). {@code missing}: data the district
 * lacks (history, stores, closings, floating, change).
 */
public record Facts(double sales, double salesTopShare, double yoy, double slope, double stores, double floating,
                    double storesPer10k, double storesPerEok, double storeGrowth, double closeRate, double closeVsSeoulPp,
                    double opMonths, String change, double fit, double confidence, List<String> missing, int flags) {
}
