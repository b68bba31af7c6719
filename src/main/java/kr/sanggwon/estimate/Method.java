package kr.sanggwon.estimate;

import java.util.List;
import kr.sanggwon.common.Level;

/** A learner or a baseline, fitted per backtest origin and for the final model. */
public interface Method {
    String id();

    boolean baseline();

    /** The bounded size parameters, for provenance. */
    String params();

    Predictor fit(List<Example> training, Task task, Level grain);

    /** Whether the method falls back to a simpler rule for this row (e.g. no value a year back); counted in backtests. */
    default boolean fallsBack(FeatureRow row) {
        return false;
    }
}
