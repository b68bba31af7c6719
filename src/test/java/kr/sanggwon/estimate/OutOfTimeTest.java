package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Progress;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * What is known at forecast time: a backtest's predictions for an origin must not change when the quarters after it
 * change, and a store count missing from the latest 점포 rows is carried forward instead of dropping the history.
 */
class OutOfTimeTest {
    private static final BacktestOptions OPTIONS = new BacktestOptions(12, 6, 5_000, 2_000, 3);
    private static final int[] QUARTERS = {20221, 20222, 20223, 20224, 20231, 20232, 20233, 20234};

    /** 40 상권 in 4 자치구 (2 행정동 each), two industries; quarters after {@code cut} get unrelated values. */
    private static EstimateData world(int cut, long futureSeed) {
        EstimateData d = new EstimateData(1);
        Random r = new Random(7);
        Random future = new Random(futureSeed);
        for (int i = 0; i < 40; i++) {
            String gu = "1111" + (i % 4);
            d.district(new DistrictInfo(String.valueOf(3_110_000 + i), Level.TRDAR, "d" + i, i % 3 == 0 ? "D" : "A", gu, "gu" + (i % 4),
                    1000 + i, gu + "5" + (i % 2) + "0"));
        }
        for (int i = 0; i < 40; i++) {
            for (String ind : new String[] {"CS100010", "CS300002"}) {
                Cell c = new Cell(String.valueOf(3_110_000 + i), ind);
                double level = 1e7 * (1 + i % 7);
                double stores = 2 + i % 5;
                for (int q : QUARTERS) {
                    double season = 1 + 0.1 * Math.sin(q % 10);
                    double sales = level * season * Math.exp(0.1 * r.nextGaussian()) * stores;
                    double s = stores + (r.nextInt(3) - 1);
                    if (q > cut) {
                        sales = 1e6 + 1e9 * future.nextDouble();
                        s = 1 + future.nextInt(20);
                    }
                    d.observe(c, q, sales, Math.max(1, s), Math.max(1, s), 1, 1, 0);
                }
            }
        }
        return d.finish();
    }

    private static List<Method> methods(Task task) {
        return task == Task.FORECAST
                ? List.of(Baselines.lastValue(), Baselines.seasonalNaive(), ForecastRules.seasonalMove(), ForecastRules.localChange(),
                        WekaLearner.linear(OPTIONS.maxTrainRows()))
                : List.of(Baselines.industryGuMedian(), Baselines.guTypeMedian(), WekaLearner.linear(OPTIONS.maxTrainRows()));
    }

    @Test
    void theBacktestNeverReadsQuartersAfterTheOrigin() {
        int cut = 20232;
        for (Task task : Task.values()) {
            Map<String, List<Residual>> a = Backtest.run(new FeatureBuilder(world(cut, 1)), Level.TRDAR, task, methods(task), OPTIONS,
                    Progress.NONE).residuals();
            Map<String, List<Residual>> b = Backtest.run(new FeatureBuilder(world(cut, 2)), Level.TRDAR, task, methods(task), OPTIONS,
                    Progress.NONE).residuals();
            for (Method m : methods(task)) {
                List<Residual> ra = a.get(m.id()).stream().filter(x -> x.quarter() <= cut).toList();
                List<Residual> rb = b.get(m.id()).stream().filter(x -> x.quarter() <= cut).toList();
                assertThat(ra).as(task + " " + m.id()).isNotEmpty().hasSameSizeAs(rb);
                for (int i = 0; i < ra.size(); i++) {
                    assertThat(rb.get(i).cell()).isEqualTo(ra.get(i).cell());
                    assertThat(rb.get(i).predLog()).as(task + " " + m.id() + " " + ra.get(i)).isCloseTo(ra.get(i).predLog(), Offset.offset(1e-9));
                }
                // the future differs, so the later origins do too: the comparison above is not vacuous
                assertThat(b.get(m.id()).stream().anyMatch(x -> x.quarter() > cut)).isTrue();
            }
        }
    }

    @Test
    void aMissingLatestStoreCountIsCarriedForwardAndKeepsTheHistory() {
        EstimateData d = new EstimateData(1);
        d.district(new DistrictInfo("3110001", Level.TRDAR, "a", "A", "11110", "종로구", 1000));
        Cell c = new Cell("3110001", "CS100010");
        d.observe(c, 20241, 1_000_000, 4, 4, 1, 1, 1);
        d.observe(c, 20242, 1_200_000, 5, 5, 1, 1, 1);
        // 20243: sales published, 점포 row missing
        d.observe(c, 20243, 1_500_000, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        d.finish();
        CellObs latest = d.obs(c, 20243);
        assertThat(latest.storesCarried()).isTrue();
        assertThat(latest.storesFrom()).isEqualTo(20242);
        assertThat(latest.stores()).isEqualTo(5);
        assertThat(d.target(c, 20243)).isEqualTo(300_000);
        // a carried figure is never scored as an actual value in backtests
        assertThat(d.observedTarget(c, 20243)).isNaN();
        assertThat(d.observedTarget(c, 20242)).isEqualTo(240_000);
        assertThat(d.quarters(Level.TRDAR)).contains(20243);
        // the next quarter is a forecast from the cell's own history, not a cold start
        FeatureRow row = new FeatureBuilder(d).build(c, 20244);
        assertThat(row.value(Feature.LAG1)).isCloseTo(Math.log(300_000), Offset.offset(1e-9));
    }

    @Test
    void storeCountsAreNeverCarriedBackwardsNorBeyondAYear() {
        EstimateData d = new EstimateData(1);
        d.district(new DistrictInfo("3110001", Level.TRDAR, "a", "A", "11110", "종로구", 1000));
        Cell c = new Cell("3110001", "CS100010");
        d.observe(c, 20231, 1_000_000, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        d.observe(c, 20232, 1_000_000, 4, 4, 1, 1, 1);
        d.observe(c, 20242, 1_000_000, 4, 4, 1, 1, 1);
        d.observe(c, 20243, 1_000_000, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        d.observe(c, 20253, 1_000_000, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        d.finish();
        assertThat(d.target(c, 20231)).isNaN();
        assertThat(d.obs(c, 20243).storesFrom()).isEqualTo(20242);
        assertThat(d.target(c, 20253)).isNaN();
    }
}
