package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.List;
import kr.sanggwon.common.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unseen categories and missing inputs degrade to a warning, never an exception. */
class RobustnessTest {
    private final FeatureBuilder features = new FeatureBuilder(SyntheticWorld.build(3, 10, 0.05, 3));

    @ParameterizedTest
    @ValueSource(strings = {WekaLearner.LINEAR, WekaLearner.M5P_ID, WekaLearner.REPTREE, WekaLearner.FOREST})
    void unseenGuAndIndustryAndAllMissingNumbersStillPredict(String id) {
        List<Example> rows = Examples.build(features, Level.TRDAR, Task.COLD_START, features.data().quarters(Level.TRDAR), 5_000);
        Method m = WekaLearner.all(2_000).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Predictor p = m.fit(rows, Task.COLD_START, Level.TRDAR);
        FeatureRow known = rows.get(0).row();
        double[] nan = new double[known.values().length];
        Arrays.fill(nan, Double.NaN);
        String[] nominal = known.nominal().clone();
        nominal[Feature.GU.ordinal()] = "99999";
        nominal[Feature.INDUSTRY.ordinal()] = "CS999999";
        FeatureRow strange = new FeatureRow(new Cell("9999999", "CS999999"), known.targetQuarter(), known.infoQuarter(), nan, nominal,
                nan, java.util.Map.of());
        assertThatCode(() -> p.predictLog(strange)).doesNotThrowAnyException();
        assertThat(p.predictLog(strange)).isFinite();
        assertThat(p.unseen(strange)).contains(Feature.GU, Feature.INDUSTRY);
        assertThat(p.unseen(known)).isEmpty();
    }

    @Test
    void featuresOfADistrictWithoutAnyDataAreMissingNotErrors() {
        FeatureRow row = features.build(new Cell("3999999", "CS100001"), 20244);
        assertThat(row.value(Feature.POP_TOTAL)).isNaN();
        assertThat(row.nominal(Feature.GU)).isNull();
        assertThat(row.asOf()).isEmpty();
    }

    @Test
    void randomForestKeepsItsSizeBounds() {
        String params = WekaLearner.forest(1_000).params();
        assertThat(params).contains("-I 30").contains("-depth 12").contains("-M 5.0").contains("-P 60");
    }
}
