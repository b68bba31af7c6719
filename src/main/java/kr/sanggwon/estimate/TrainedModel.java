package kr.sanggwon.estimate;

import java.io.Serializable;
import java.time.Instant;
import kr.sanggwon.common.Level;

/**
 * A model chosen by backtest for one task at one grain, fitted on all recent data, with its 80% range calibration,
 * the backtest that chose it and its provenance (data version = latest import batch id, last quarter used).
 * {@code id} is assigned by the {@link ModelStore} (0 before saving).
 */
public record TrainedModel(long id, Task task, Level grain, String method, boolean baseline, String params, Predictor predictor,
                           Conformal range, Evaluation evaluation, long dataVersion, int lastQuarter, int trainRows,
                           long trainMillis, Instant trainedAt) implements Serializable {
    public TrainedModel withId(long newId) {
        return new TrainedModel(newId, task, grain, method, baseline, params, predictor, range, evaluation, dataVersion, lastQuarter,
                trainRows, trainMillis, trainedAt);
    }

    /** Backtest metrics of the chosen method (null when no backtest was possible). */
    public Metrics metrics() {
        Evaluation.MethodResult r = evaluation == null || method == null ? null : evaluation.result(method);
        return r == null ? null : r.metrics();
    }

    /** Origins the backtest could use. */
    public int origins() {
        return evaluation == null ? 0 : evaluation.origins().size();
    }
}
