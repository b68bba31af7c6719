package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The naive methods every model must beat: last value, seasonal naive, and industry × 자치구 median (cold start). */
public final class Baselines {
    public static final String LAST_VALUE = "last-value";
    public static final String SEASONAL_NAIVE = "seasonal-naive";
    public static final String INDUSTRY_GU_MEDIAN = "industry-gu-median";

    private Baselines() {
    }

    /** Forecast: next quarter = last known quarter. */
    public static Method lastValue() {
        return simple(LAST_VALUE, (Predictor) row -> row.value(Feature.LAG1));
    }

    /**
     * Forecast: next quarter = the same quarter one year earlier; when the cell has no value a year back it falls
     * back to the last value (the share of such rows is reported).
     */
    public static Method seasonalNaive() {
        return simple(SEASONAL_NAIVE, (Predictor) row -> {
            double lag = row.value(Feature.LAG1);
            double gap = row.value(Feature.SEASON_GAP);
            return Double.isNaN(gap) ? lag : lag + gap;
        });
    }

    /** Cold start: median target of the training cells of the same industry and 자치구 in their latest quarter. */
    public static Method industryGuMedian() {
        return new Method() {
            @Override
            public String id() {
                return INDUSTRY_GU_MEDIAN;
            }

            @Override
            public boolean baseline() {
                return true;
            }

            @Override
            public String params() {
                return "fallback: industry median, then all cells";
            }

            @Override
            public Predictor fit(List<Example> training, Task task, Grain grain) {
                return GuMedian.fit(training);
            }
        };
    }

    private static Method simple(String id, Predictor predictor) {
        return new Method() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public boolean baseline() {
                return true;
            }

            @Override
            public String params() {
                return "";
            }

            @Override
            public Predictor fit(List<Example> training, Task task, Grain grain) {
                return predictor;
            }
        };
    }

    /** Fitted industry × 자치구 medians (log scale) with fallbacks. */
    static final class GuMedian implements Predictor {
        private static final long serialVersionUID = 1L;
        private final Map<String, Double> byIndustryGu;
        private final Map<String, Double> byIndustry;
        private final double overall;

        private GuMedian(Map<String, Double> byIndustryGu, Map<String, Double> byIndustry, double overall) {
            this.byIndustryGu = byIndustryGu;
            this.byIndustry = byIndustry;
            this.overall = overall;
        }

        static GuMedian fit(List<Example> training) {
            Map<String, Integer> latest = new HashMap<>();
            for (Example e : training) {
                latest.merge(e.cell().industry(), e.quarter(), Math::max);
            }
            Map<String, List<Double>> gu = new HashMap<>();
            Map<String, List<Double>> ind = new HashMap<>();
            List<Double> all = new ArrayList<>();
            for (Example e : training) {
                if (e.quarter() != latest.get(e.cell().industry())) {
                    continue;
                }
                double y = Math.log(e.actual());
                gu.computeIfAbsent(key(e.cell().industry(), e.row().nominal(Feature.GU)), k -> new ArrayList<>()).add(y);
                ind.computeIfAbsent(e.cell().industry(), k -> new ArrayList<>()).add(y);
                all.add(y);
            }
            Map<String, Double> g = new HashMap<>();
            gu.forEach((k, v) -> g.put(k, Stats.median(v)));
            Map<String, Double> i = new HashMap<>();
            ind.forEach((k, v) -> i.put(k, Stats.median(v)));
            return new GuMedian(g, i, all.isEmpty() ? Double.NaN : Stats.median(all));
        }

        private static String key(String industry, String gu) {
            return industry + '|' + gu;
        }

        @Override
        public double predictLog(FeatureRow row) {
            Double v = byIndustryGu.get(key(row.cell().industry(), row.nominal(Feature.GU)));
            if (v == null) {
                v = byIndustry.get(row.cell().industry());
            }
            return v != null ? v : overall;
        }
    }
}
