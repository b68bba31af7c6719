package kr.sanggwon.recommend;

import java.util.List;

/**
 * The ranking backtest: per origin (industry, grain, quarter T) each ranking method's Spearman correlation with the
 * realized growth of sales per store T → T+4, its top decile's median growth minus the median growth (in percentage
 * points), and the same two for closures (closing rate over T+1 … T+4; lower is better, so a good ranking has a
 * positive closure Spearman and a negative closure gap). {@code summary}: each method's mean over the origins.
 */
public record BacktestResult(List<Origin> origins, List<MethodResult> summary) {
    /** Methods: the built-in presets, then the two naive rankings, then each part alone (part:SALES …). */
    public static final String NAIVE_SALES = "naive-current-sales-per-store";
    public static final String NAIVE_YOY = "naive-past-yoy-growth";

    public record Origin(String industry, String industryName, char level, int quarter, int horizon, int districts,
                         double medianGrowth, List<MethodResult> methods) {
    }

    public record MethodResult(String method, int n, double spearman, double topDecileGapPp, double closureSpearman,
                               double closureGapPp, int origins) {
    }
}
