package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import kr.sanggwon.common.Level;
import org.junit.jupiter.api.Test;

/** The screen, the warm-up and the driver attribution may use one stored model from several threads at once. */
class ConcurrentPredictionTest {
    @Test
    void predictionsFromManyThreadsEqualThoseMadeOneAtATime() throws Exception {
        FeatureBuilder features = new FeatureBuilder(SyntheticWorld.standard());
        List<Example> rows = Examples.build(features, Level.TRDAR, Task.COLD_START, features.data().quarters(Level.TRDAR), 10_000);
        for (WekaLearner learner : List.of(WekaLearner.m5p(3_000), WekaLearner.linear(3_000))) {
            Predictor p = learner.fit(rows, Task.COLD_START, Level.TRDAR);
            double[] expected = new double[rows.size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = p.predictLog(rows.get(i).row());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> mismatches = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    final int offset = t;
                    mismatches.add(pool.submit(() -> {
                        int wrong = 0;
                        for (int k = 0; k < rows.size(); k++) {
                            int i = (k + offset * 97) % rows.size();
                            if (Double.compare(p.predictLog(rows.get(i).row()), expected[i]) != 0) {
                                wrong++;
                            }
                        }
                        return wrong;
                    }));
                }
                for (Future<Integer> f : mismatches) {
                    assertThat(f.get()).as(learner.id()).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
