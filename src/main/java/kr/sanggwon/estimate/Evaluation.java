package kr.sanggwon.estimate;

import java.util.List;

/**
 * The backtest of one task at one grain: which origins were predicted (and from which training quarters), the
 * metrics of every method, the chosen method (lowest median APE, baselines included) and the best baseline.
 * {@code oracleShiftMedianApe} (forecast only, else NaN) is a yardstick, not a method: the median APE of the last
 * value moved by the industry's actual median growth into the target quarter, i.e. what perfect knowledge of the
 * common seasonal move would give.
 */
public record Evaluation(Task task, Grain grain, long dataVersion, List<Origin> origins, List<MethodResult> methods,
                         String chosen, String bestBaseline, double oracleShiftMedianApe) implements java.io.Serializable {
    /** One rolling origin: the quarter predicted and the training rows, all from strictly earlier quarters. */
    public record Origin(int quarter, int trainRows, int testRows, int trainFirstQuarter, int trainLastQuarter)
            implements java.io.Serializable {
    }

    /** One method's result; {@code fallbackShare} = test rows where the method fell back (seasonal naive). */
    public record MethodResult(String method, boolean baseline, String params, Metrics metrics, double fallbackShare)
            implements java.io.Serializable {
    }

    public MethodResult result(String method) {
        return methods.stream().filter(m -> m.method().equals(method)).findFirst().orElse(null);
    }

    /** Chosen method's median APE divided by the best baseline's (NaN when either is missing). */
    public double ratioToBaseline() {
        MethodResult c = result(chosen);
        MethodResult b = result(bestBaseline);
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
}
