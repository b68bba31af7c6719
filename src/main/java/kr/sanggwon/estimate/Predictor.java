package kr.sanggwon.estimate;

import java.io.Serializable;
import java.util.List;

/** A fitted method: predicts the log of the target (sales per store, or cell total) from a feature row. */
public interface Predictor extends Serializable {
    /** log of the predicted target; NaN when this method cannot predict the row (e.g. no history). */
    double predictLog(FeatureRow row);

    /** Feature values of {@code row} this predictor has never seen in training (they were treated as missing). */
    default List<Feature> unseen(FeatureRow row) {
        return List.of();
    }
}
