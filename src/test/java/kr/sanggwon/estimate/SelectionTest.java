package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The selection rule on constructed backtest residuals whose per-origin errors are known exactly. */
class SelectionTest {
    private static final int[] ORIGINS = {20231, 20232, 20233, 20234};

    /** 20 cells per origin, each predicted with the given absolute error (log prediction below the actual of 100). */
    private static List<Residual> residuals(double... errorPerOrigin) {
        List<Residual> out = new ArrayList<>();
        for (int o = 0; o < ORIGINS.length; o++) {
            for (int c = 0; c < 20; c++) {
                double pred = 100 * (1 - errorPerOrigin[o]);
                out.add(new Residual(new Cell(String.valueOf(3_000_000 + c), "CS100010"), ORIGINS[o], "CS1", 100, Math.log(pred)));
            }
        }
        return out;
    }

    private static Selection choose(double[] lastValue, double[] model) {
        Map<String, List<Residual>> r = new LinkedHashMap<>();
        r.put(Baselines.LAST_VALUE, residuals(lastValue));
        r.put("model", residuals(model));
        return Selection.choose(Baselines.LAST_VALUE, r, Map.of());
    }

    @Test
    void aModelThatWinsBigOnOneOriginOnlyDoesNotReplaceLastValue() {
        // pooled median error 0.09 vs 0.10 (beats the 5% margin), but better on one origin only
        Selection s = choose(new double[] {0.10, 0.10, 0.10, 0.40}, new double[] {0.11, 0.11, 0.11, 0.02});
        assertThat(s.chosen()).isEqualTo(Baselines.LAST_VALUE);
        assertThat(s.reason()).isIn(Selection.Reason.TOO_FEW_WINS, Selection.Reason.NO_MARGIN);
        assertThat(s.challenger()).isEqualTo("model");
        assertThat(s.beatsReference()).isFalse();
    }

    @Test
    void aModelThatWinsOnMostOriginsByTheMarginIncludingTheLatestIsChosen() {
        Selection s = choose(new double[] {0.10, 0.10, 0.10, 0.10}, new double[] {0.08, 0.08, 0.12, 0.08});
        assertThat(s.chosen()).isEqualTo("model");
        assertThat(s.reason()).isEqualTo(Selection.Reason.BEATS_REFERENCE);
        assertThat(s.originsWon()).isEqualTo(3);
        assertThat(s.originsCompared()).isEqualTo(4);
        assertThat(s.ratio()).isLessThan(1 - Selection.MARGIN);
    }

    @Test
    void aModelThatLosesOnTheLatestOriginIsNotChosen() {
        Selection s = choose(new double[] {0.10, 0.10, 0.10, 0.10}, new double[] {0.05, 0.05, 0.05, 0.11});
        assertThat(s.chosen()).isEqualTo(Baselines.LAST_VALUE);
        assertThat(s.reason()).isEqualTo(Selection.Reason.LOST_LATEST);
    }

    @Test
    void aSmallGainEverywhereBelowTheMarginKeepsLastValue() {
        Selection s = choose(new double[] {0.10, 0.10, 0.10, 0.10}, new double[] {0.097, 0.097, 0.097, 0.097});
        assertThat(s.chosen()).isEqualTo(Baselines.LAST_VALUE);
        assertThat(s.reason()).isEqualTo(Selection.Reason.NO_MARGIN);
    }

    @Test
    void oneOriginIsNeverEnoughAndAMostlyFallingBackMethodIsNotEligible() {
        Map<String, List<Residual>> r = new LinkedHashMap<>();
        r.put(Baselines.LAST_VALUE, residuals(0.10, 0.10, 0.10, 0.10).stream().filter(x -> x.quarter() == 20234).toList());
        r.put("model", residuals(0.01, 0.01, 0.01, 0.01).stream().filter(x -> x.quarter() == 20234).toList());
        assertThat(Selection.choose(Baselines.LAST_VALUE, r, Map.of()).reason()).isEqualTo(Selection.Reason.TOO_FEW_ORIGINS);

        Map<String, List<Residual>> all = new LinkedHashMap<>();
        all.put(Baselines.LAST_VALUE, residuals(0.10, 0.10, 0.10, 0.10));
        all.put("seasonal", residuals(0.05, 0.05, 0.05, 0.05));
        Selection s = Selection.choose(Baselines.LAST_VALUE, all, Map.of("seasonal", 0.6));
        assertThat(s.chosen()).isEqualTo(Baselines.LAST_VALUE);
        assertThat(s.reason()).isEqualTo(Selection.Reason.NO_CHALLENGER);
    }
}
