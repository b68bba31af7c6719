package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.Level;

/** The naive methods every model must beat: last value, seasonal naive, and industry × 자치구 median (cold start). */
public final class Baselines {
    public static final String LAST_VALUE = "last-value";
    public static final String SEASONAL_NAIVE = "seasonal-naive";
    public static final String INDUSTRY_GU_MEDIAN = "industry-gu-median";
    public static final String GU_TYPE_MEDIAN = "gu-type-median";

    private Baselines() {
    }

    /** Forecast: next quarter = last known quarter. */
    public static Method lastValue() {
        return simple(LAST_VALUE, (Predictor) row -> row.value(Feature.LAG1), null, true);
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
        }, Feature.SEASON_GAP, true);
    }

    /** Cold start: median target of the training cells of the same industry and 자치구 in their latest quarter. */
    public static Method industryGuMedian() {
        return median(false);
    }

    /** Cold start: median of the same industry in the same 자치구 and district type (fallback: industry × 자치구 median). */
    public static Method guTypeMedian() {
        return median(true);
    }

    private static Method median(boolean byType) {
        return new Method() {
            @Override
            public String id() {
                return byType ? GU_TYPE_MEDIAN : INDUSTRY_GU_MEDIAN;
            }

            @Override
            public boolean baseline() {
                return true;
            }

            @Override
            public String params() {
                return (byType ? "fallback: industry × 자치구 median, " : "fallback: ") + "industry median, then all cells";
            }

            @Override
            public Predictor fit(List<Example> training, Task task, Level grain) {
                return GuMedian.fit(training, byType);
            }
        };
    }

    /** A fixed rule; {@code needs}: the feature whose absence makes it fall back to the last value (null: none). */
    static Method simple(String id, Predictor predictor, Feature needs, boolean baseline) {
        return new Method() {
            @Override
            public boolean fallsBack(FeatureRow row) {
                return needs != null && Double.isNaN(row.value(needs));
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public boolean baseline() {
                return baseline;
            }

            @Override
            public String params() {
                return "";
            }

            @Override
            public Predictor fit(List<Example> training, Task task, Level grain) {
                return predictor;
            }
        };
    }

    /** Fitted industry × 자치구 medians (log scale) with fallbacks. */
    static final class GuMedian implements Predictor {
        private static final long serialVersionUID = 2L;
        private final Map<String, Double> byType;
        private final Map<String, Double> byIndustryGu;
        private final Map<String, Double> byIndustry;
        private final double overall;

        private GuMedian(Map<String, Double> byType, Map<String, Double> byIndustryGu, Map<String, Double> byIndustry, double overall) {
            this.byType = byType;
            this.byIndustryGu = byIndustryGu;
            this.byIndustry = byIndustry;
            this.overall = overall;
        }

        static GuMedian fit(List<Example> training, boolean withType) {
            Map<String, Integer> latest = new HashMap<>();
            for (Example e : training) {
                latest.merge(e.cell().industry(), e.quarter(), Math::max);
            }
            Map<String, List<Double>> type = new HashMap<>();
            Map<String, List<Double>> gu = new HashMap<>();
            Map<String, List<Double>> ind = new HashMap<>();
            List<Double> all = new ArrayList<>();
            for (Example e : training) {
                if (e.quarter() != latest.get(e.cell().industry())) {
                    continue;
                }
                double y = Math.log(e.actual());
                gu.computeIfAbsent(key(e.cell().industry(), e.row().nominal(Feature.GU)), k -> new ArrayList<>()).add(y);
                if (withType) {
                    type.computeIfAbsent(typeKey(e.row()), k -> new ArrayList<>()).add(y);
                }
                ind.computeIfAbsent(e.cell().industry(), k -> new ArrayList<>()).add(y);
                all.add(y);
            }
            return new GuMedian(medians(type), medians(gu), medians(ind), all.isEmpty() ? Double.NaN : Stats.median(all));
        }

        private static Map<String, Double> medians(Map<String, List<Double>> groups) {
            Map<String, Double> m = new HashMap<>();
            groups.forEach((k, v) -> m.put(k, Stats.median(v)));
            return m;
        }

        private static String key(String industry, String gu) {
            return industry + '|' + gu;
        }

        private static String typeKey(FeatureRow row) {
            return key(row.cell().industry(), row.nominal(Feature.GU)) + '|' + row.nominal(Feature.TYPE);
        }

        @Override
        public double predictLog(FeatureRow row) {
            Double v = byType.get(typeKey(row));
            if (v == null) {
                v = byIndustryGu.get(key(row.cell().industry(), row.nominal(Feature.GU)));
            }
            if (v == null) {
                v = byIndustry.get(row.cell().industry());
            }
            return v != null ? v : overall;
        }
    }
}
