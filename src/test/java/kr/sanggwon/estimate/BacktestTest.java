package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.Test;

/** The backtest machinery on constructed data with a known answer. */
class BacktestTest {
    private static final BacktestOptions SMALL = new BacktestOptions(4, 6, 5_000, 3_000, 3);
    private final FeatureBuilder features = new FeatureBuilder(SyntheticWorld.standard());

    @Test
    void forecastLearnerBeatsLastValueAndSeasonalNaiveOnPlantedSeasonAndTrend() {
        Evaluation e = Backtest.run(features, Level.TRDAR, Task.FORECAST,
                List.of(Baselines.lastValue(), Baselines.seasonalNaive(), WekaLearner.repTree(SMALL.maxTrainRows()),
                        WekaLearner.forest(SMALL.maxTrainRows())), SMALL, Progress.NONE).evaluation();
        double lastValue = e.result(Baselines.LAST_VALUE).metrics().medianApe();
        double seasonal = e.result(Baselines.SEASONAL_NAIVE).metrics().medianApe();
        double learner = e.bestLearner().metrics().medianApe();
        assertThat(e.origins()).hasSize(4);
        assertThat(learner).isLessThan(0.9 * Math.min(lastValue, seasonal));
        assertThat(e.chosen()).isEqualTo(e.bestLearner().method());
    }

    @Test
    void coldStartLearnerBeatsIndustryGuMedianByPlantedPopulationAndSubwayEffects() {
        Evaluation e = Backtest.run(features, Level.TRDAR, Task.COLD_START,
                List.of(Baselines.industryGuMedian(), WekaLearner.linear(SMALL.maxTrainRows()), WekaLearner.forest(SMALL.maxTrainRows()),
                        WekaLearner.vote(SMALL.maxTrainRows())),
                SMALL, Progress.NONE).evaluation();
        double baseline = e.result(Baselines.INDUSTRY_GU_MEDIAN).metrics().medianApe();
        assertThat(e.bestLearner().metrics().medianApe()).isLessThan(0.7 * baseline);
        assertThat(e.result(WekaLearner.VOTE).metrics().medianApe()).isLessThan(0.7 * baseline);
        // the planted world's young share is 1/3 everywhere, up to rounding: it must not blow the linear model up
        assertThat(e.result(WekaLearner.LINEAR).metrics().medianApe()).isLessThan(0.7 * baseline);
        assertThat(e.oracleShiftMedianApe()).isNaN();
    }

    @Test
    void forecastReportsWhatKnowingTheIndustrysCommonMoveWouldGive() {
        // every cell shares the planted season and trend: knowing that move leaves only the small cell noise
        Evaluation e = Backtest.run(features, Level.TRDAR, Task.FORECAST, List.of(Baselines.lastValue()), SMALL, Progress.NONE)
                .evaluation();
        double lastValue = e.result(Baselines.LAST_VALUE).metrics().medianApe();
        assertThat(e.oracleShiftMedianApe()).isLessThan(0.6 * lastValue).isGreaterThan(0);
    }

    @Test
    void linearRegressionRecoversThePlantedSubwayCoefficient() {
        // one industry, so no other industry's sales in the district share the planted effect
        FeatureBuilder single = new FeatureBuilder(SyntheticWorld.build(5, 24, 0.05, 11, 1));
        List<Example> rows = Examples.build(single, Level.TRDAR, Task.COLD_START, single.data().quarters(Level.TRDAR), 10_000);
        Predictor p = WekaLearner.linear(10_000).fit(rows, Task.COLD_START, Level.TRDAR);
        FeatureRow row = rows.get(rows.size() - 1).row();
        double effect = p.predictLog(row.with(Feature.SUBWAY, row.value(Feature.SUBWAY) + 1, null)) - p.predictLog(row);
        assertThat(effect).isCloseTo(SyntheticWorld.SUBWAY_COEF, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void everyFitSeesOnlyQuartersBeforeTheRowsItPredicts() {
        for (Task task : Task.values()) {
            List<int[]> fits = new ArrayList<>();
            Method spy = new Method() {
                @Override
                public String id() {
                    return "spy";
                }

                @Override
                public boolean baseline() {
                    return false;
                }

                @Override
                public String params() {
                    return "";
                }

                @Override
                public Predictor fit(List<Example> training, Task t, Level grain) {
                    int[] fit = {training.stream().mapToInt(Example::quarter).max().orElseThrow(), Integer.MAX_VALUE};
                    fits.add(fit);
                    return row -> {
                        fit[1] = Math.min(fit[1], row.targetQuarter());
                        assertThat(row.infoQuarter()).isLessThan(row.targetQuarter());
                        return 0;
                    };
                }
            };
            Evaluation e = Backtest.run(features, Level.TRDAR, task, List.of(spy), SMALL, Progress.NONE).evaluation();
            assertThat(fits).isNotEmpty();
            for (int[] fit : fits) {
                assertThat(fit[0]).as("latest training quarter vs predicted quarter").isLessThan(fit[1]);
            }
            for (Evaluation.Origin o : e.origins()) {
                assertThat(o.trainLastQuarter()).isLessThan(o.quarter());
            }
        }
    }

    @Test
    void coldStartFoldsNeverTrainOnAHeldOutCell() {
        List<java.util.Set<Cell>> trained = new ArrayList<>();
        List<java.util.Set<Cell>> predicted = new ArrayList<>();
        Method spy = new Method() {
            @Override
            public String id() {
                return "spy";
            }

            @Override
            public boolean baseline() {
                return false;
            }

            @Override
            public String params() {
                return "";
            }

            @Override
            public Predictor fit(List<Example> training, Task t, Level grain) {
                java.util.Set<Cell> seen = new java.util.HashSet<>();
                training.forEach(x -> seen.add(x.cell()));
                java.util.Set<Cell> asked = new java.util.HashSet<>();
                trained.add(seen);
                predicted.add(asked);
                return row -> {
                    asked.add(row.cell());
                    return 0;
                };
            }
        };
        Backtest.run(features, Level.TRDAR, Task.COLD_START, List.of(spy), SMALL, Progress.NONE);
        for (int i = 0; i < trained.size(); i++) {
            assertThat(trained.get(i)).doesNotContainAnyElementsOf(predicted.get(i));
        }
    }

    @Test
    void rangeOfTheChosenModelCoversAboutEightyPercentOfHeldOutRows() {
        Evaluation e = Backtest.run(features, Level.TRDAR, Task.COLD_START,
                List.of(Baselines.industryGuMedian(), WekaLearner.repTree(SMALL.maxTrainRows())), SMALL, Progress.NONE).evaluation();
        assertThat(e.result(e.chosen()).metrics().coverage80()).isBetween(0.72, 0.88);
    }

    @Test
    void voteAveragedFromItsMembersInTheBacktestGivesTheSameNumbersAsAFittedWekaVote() {
        int rows = SMALL.maxTrainRows();
        for (Task task : Task.values()) {
            // with its members in the list the vote is their average; alone it is a real Weka Vote fitted per origin
            List<Residual> reused = Backtest.run(features, Level.TRDAR, task,
                    List.of(WekaLearner.linear(rows), WekaLearner.forest(rows), WekaLearner.vote(rows)), SMALL, Progress.NONE)
                    .residuals().get(WekaLearner.VOTE);
            List<Residual> fitted = Backtest.run(features, Level.TRDAR, task, List.of(WekaLearner.vote(rows)), SMALL, Progress.NONE)
                    .residuals().get(WekaLearner.VOTE);
            assertThat(reused).hasSameSizeAs(fitted).isNotEmpty();
            for (int i = 0; i < fitted.size(); i++) {
                assertThat(reused.get(i).cell()).isEqualTo(fitted.get(i).cell());
                assertThat(reused.get(i).predLog()).as(task + " row " + i).isEqualTo(fitted.get(i).predLog());
            }
        }
    }

    @Test
    void aTestRowCapTakesTheMostRecentOriginsButNeverFewerThanFourWhileEvalKeepsThemAll() {
        BacktestOptions twelve = new BacktestOptions(12, 6, 5_000, 3_000, 3);
        EstimateData data = features.data();
        List<Integer> quarters = new ArrayList<>(data.quarters(Level.TRDAR));
        List<Integer> all = Backtest.origins(data, Level.TRDAR, Task.FORECAST, twelve, Long.MAX_VALUE);
        assertThat(all).isEqualTo(quarters.subList(quarters.size() - 12, quarters.size()));
        long perQuarter = data.cells(Level.TRDAR).stream().filter(c -> data.observedTarget(c, quarters.get(quarters.size() - 1)) > 0).count();
        // room for 6.5 quarters of test rows: the 6 most recent origins
        List<Integer> capped = Backtest.origins(data, Level.TRDAR, Task.FORECAST, twelve, perQuarter * 13 / 2);
        assertThat(capped).isEqualTo(quarters.subList(quarters.size() - 6, quarters.size()));
        // room for one quarter only: still the 4 most recent, so the selection rule can compare several origins
        assertThat(Backtest.origins(data, Level.TRDAR, Task.FORECAST, twelve, perQuarter))
                .isEqualTo(quarters.subList(quarters.size() - Backtest.MIN_CAPPED_ORIGINS, quarters.size()));
        Evaluation e = Backtest.run(features, Level.TRDAR, Task.FORECAST, List.of(Baselines.lastValue()), twelve, perQuarter * 13 / 2,
                Progress.NONE).evaluation();
        assertThat(e.origins()).extracting(Evaluation.Origin::quarter).isEqualTo(capped);
    }
}
