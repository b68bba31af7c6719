package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FeatureBuilderTest {
    private static EstimateData world() {
        EstimateData d = new EstimateData(1);
        d.district(new DistrictInfo("11110615", Grain.DONG, "종로1·2·3·4가동", null, "11110", "종로구", 2_000_000));
        Cell coffee = new Cell("11110615", "CS100010");
        d.observe(coffee, 20241, 100, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        d.observe(coffee, 20242, 120, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        d.observe(coffee, 20243, 150, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        d.context(ContextTable.INCOME, "11110615", 20241, new double[] {3_000_000, 1e9, 1e8, 1e8});
        d.context(ContextTable.INCOME, "11110615", 20242, new double[] {4_000_000, 1e9, 1e8, 1e8});
        // a future value that must never reach features of earlier quarters
        d.context(ContextTable.INCOME, "11110615", 20244, new double[] {9_000_000, 1e9, 1e8, 1e8});
        return d.finish();
    }

    @Test
    void contextIsJoinedAsOfTheLatestQuarterBeforeTheTargetAndThatQuarterIsRecorded() {
        FeatureRow row = new FeatureBuilder(world()).build(new Cell("11110615", "CS100010"), 20244);
        assertThat(row.infoQuarter()).isEqualTo(20243);
        assertThat(row.asOf()).containsEntry(ContextTable.INCOME, 20242);
        assertThat(row.value(Feature.INCOME)).isCloseTo(Math.log(4_000_000), Offset.offset(1e-9));
    }

    @Test
    void lagsComeFromTheQuarterBeforeTheTargetNeverTheTargetItself() {
        FeatureRow row = new FeatureBuilder(world()).build(new Cell("11110615", "CS100010"), 20243);
        assertThat(row.value(Feature.LAG1)).isCloseTo(Math.log(120), Offset.offset(1e-9));
        assertThat(row.value(Feature.GROWTH_LAST)).isCloseTo(Math.log(120.0 / 100), Offset.offset(1e-9));
        assertThat(row.value(Feature.SEASON_GAP)).isNaN();
    }

    @Test
    void dongCellsTargetTotalSalesAndPerStoreFeaturesAreAbsent() {
        EstimateData d = world();
        assertThat(d.target(new Cell("11110615", "CS100010"), 20242)).isEqualTo(120);
        assertThat(Feature.of(Task.FORECAST, Grain.DONG)).doesNotContain(Feature.STORES, Feature.FRANCHISE_SHARE);
        assertThat(Feature.of(Task.COLD_START, Grain.TRDAR)).doesNotContain(Feature.LAG1, Feature.STORES);
    }

    @Test
    void trdarCellsTargetSalesPerStore() {
        EstimateData d = new EstimateData(1);
        d.district(new DistrictInfo("3110001", Grain.TRDAR, "a", "A", "11110", "종로구", 1000));
        d.observe(new Cell("3110001", "CS100001"), 20241, 1_000_000, 4, 5, 1, 1, 2);
        assertThat(d.finish().target(new Cell("3110001", "CS100001"), 20241)).isEqualTo(250_000);
    }
}
