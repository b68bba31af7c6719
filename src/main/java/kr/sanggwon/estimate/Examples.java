package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Quarter;

/** Builds supervised examples of a task from the loaded cells (sampled per quarter by a stable hash). */
public final class Examples {
    private Examples() {
    }

    public static List<Example> build(FeatureBuilder features, Level grain, Task task, Collection<Integer> quarters,
                                      int maxCellsPerQuarter) {
        EstimateData data = features.data();
        List<Cell> cells = data.cells(grain);
        List<Example> out = new ArrayList<>();
        for (int q : quarters) {
            int usable = 0;
            for (Cell c : cells) {
                if (data.observedTarget(c, q) > 0) {
                    usable++;
                }
            }
            double keep = usable <= maxCellsPerQuarter ? 1.0 : (double) maxCellsPerQuarter / usable;
            for (Cell c : cells) {
                double y = data.observedTarget(c, q);
                if (!(y > 0) || (keep < 1 && Sampling.unit(c, q) >= keep)) {
                    continue;
                }
                double lag = data.target(c, Quarter.minus(q, 1));
                if (task == Task.FORECAST && !(lag > 0)) {
                    continue;
                }
                double shift = task == Task.FORECAST ? features.industryGrowth(c.industry(), grain, q) : 0;
                out.add(new Example(features.build(c, q), y, lag, Double.isFinite(shift) ? shift : 0));
            }
        }
        return out;
    }
}
