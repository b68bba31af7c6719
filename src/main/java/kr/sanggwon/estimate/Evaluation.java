package kr.sanggwon.estimate;

import java.util.List;
import kr.sanggwon.common.Level;

/**
 * The backtest of one task at one grain: which origins were predicted (and from which training quarters), the
 * metrics of every method pooled, per origin and per industry, the chosen method and why ({@link Selection}), and the
 * best baseline. {@code oracleShiftMedianApe} (forecast only, else NaN) is a yardstick, not a method: the median APE
 * of the last value moved by the industry's actual median growth into the target quarter, i.e. what perfect
 * knowledge of the common move would give. {@code latestCoverage}: the chosen method's 80% range calibrated on the
 * earlier origins only and checked on the most recent one (out of time), with misses above and below.
 */
public record Evaluation(Task task, Level grain, long dataVersion, List<Origin> origins, List<MethodResult> methods,
                         String chosen, String bestBaseline, double oracleShiftMedianApe, Selection selection,
                         List<OriginResult> perOrigin, List<IndustryResult> perIndustry, Conformal.Coverage latestCoverage)
        implements java.io.Serializable {
    /** One rolling origin: the quarter predicted and the training rows, all from strictly earlier quarters. */
    public record Origin(int quarter, int trainRows, int testRows, int trainFirstQuarter, int trainLastQuarter)
            implements java.io.Serializable {
    }

    /** One method's result; {@code fallbackShare} = test rows where the method fell back to a simpler rule. */
    public record MethodResult(String method, boolean baseline, String params, Metrics metrics, double fallbackShare)
            implements java.io.Serializable {
    }

    /** One method at one origin, over all industries ({@code industry} null) or one industry. */
    public record OriginResult(String industry, int quarter, String method, double medianApe, double within20, int n)
            implements java.io.Serializable {
    }

    /** One method's metrics over the test rows of one industry. */
    public record IndustryResult(String industry, String method, Metrics metrics) implements java.io.Serializable {
    }

    public MethodResult result(String method) {
        return methods.stream().filter(m -> m.method().equals(method)).findFirst().orElse(null);
    }

    /** The naive reference of the selection rule (last value, industry × 자치구 median), or the best baseline. */
    public String reference() {
        return selection != null ? selection.reference() : bestBaseline;
    }

    /** Chosen method's median APE divided by the reference's (NaN when either is missing). */
    public double ratioToBaseline() {
        MethodResult c = result(chosen);
        MethodResult b = result(reference());
        if (c == null || b == null) {
            return Double.NaN;
        }
        return c.metrics().medianApe() / b.metrics().medianApe();
    }

    /** Best learner (lowest median APE among non-baselines), or null. */
    public MethodResult bestLearner() {
        MethodResult best = null;
        for (MethodResult m : methods) {
            if (!m.baseline() && m.metrics().n() > 0
                    && (best == null || m.metrics().medianApe() < best.metrics().medianApe())) {
                best = m;
            }
        }
        return best;
    }

    /** Results of one method per origin over all industries, oldest first. */
    public List<OriginResult> perOrigin(String method) {
        return perOrigin.stream().filter(o -> o.industry() == null && o.method().equals(method)).toList();
    }
}
