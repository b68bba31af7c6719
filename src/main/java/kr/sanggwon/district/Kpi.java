package kr.sanggwon.district;

import kr.sanggwon.common.Quarter;

/**
 * One KPI at the reference quarter with its change vs the previous quarter and vs the same quarter a year
 * before. Changes are ratios (0.12 = +12%) except for percent metrics, whose changes are in percentage points.
 * {@code text} carries the code of text metrics (change index), {@code value} is null when not published.
 */
public record Kpi(Metric metric, Double value, String text, Integer quarter, Double previous, Double yearAgo,
                  Double deltaQuarter, Double deltaYear, Provenance provenance) {

    /** Builds a KPI from a series, taking the value at {@code quarter} and the two comparison quarters. */
    public static Kpi fromTrend(Metric metric, Trend trend, Provenance provenance) {
        if (trend.points().isEmpty()) {
            return new Kpi(metric, null, null, null, null, null, null, null, provenance);
        }
        Point last = trend.points().get(trend.points().size() - 1);
        Double prev = valueAt(trend, Quarter.previous(last.quarter()));
        Double year = valueAt(trend, Quarter.yearAgo(last.quarter()));
        return new Kpi(metric, last.value(), null, last.quarter(), prev, year,
                delta(metric, last.value(), prev), delta(metric, last.value(), year), provenance);
    }

    public static Kpi text(Metric metric, String code, Integer quarter, String previousCode, Provenance provenance) {
        return new Kpi(metric, null, code, quarter, null, null, null, null, provenance);
    }

    public boolean hasValue() {
        return value != null || text != null;
    }

    /** The trend's value at {@code quarter}, or null. */
    public static Double valueAt(Trend trend, int quarter) {
        for (Point p : trend.points()) {
            if (p.quarter() == quarter) {
                return p.value();
            }
        }
        return null;
    }

    static Double delta(Metric metric, double now, Double before) {
        if (before == null) {
            return null;
        }
        if (metric.unit() == Metric.Unit.PERCENT) {
            return now - before;
        }
        return before == 0 ? null : now / before - 1;
    }
}
