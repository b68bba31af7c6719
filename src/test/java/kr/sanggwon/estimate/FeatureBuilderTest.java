package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import kr.sanggwon.common.Level;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FeatureBuilderTest {
    private static EstimateData world() {
        EstimateData d = new EstimateData(1);
        d.district(new DistrictInfo("11110615", Level.DONG, "종로1·2·3·4가동", null, "11110", "종로구", 2_000_000));
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
        assertThat(Feature.of(Task.FORECAST, Level.DONG)).doesNotContain(Feature.STORES, Feature.FRANCHISE_SHARE);
        assertThat(Feature.of(Task.COLD_START, Level.TRDAR)).doesNotContain(Feature.LAG1, Feature.STORES);
    }

    @Test
    void trdarCellsTargetSalesPerStore() {
        EstimateData d = new EstimateData(1);
        d.district(new DistrictInfo("3110001", Level.TRDAR, "a", "A", "11110", "종로구", 1000));
        d.observe(new Cell("3110001", "CS100001"), 20241, 1_000_000, 4, 5, 1, 1, 2);
        assertThat(d.finish().target(new Cell("3110001", "CS100001"), 20241)).isEqualTo(250_000);
    }

    private static EstimateData dongWithTrdars(boolean withMaster) {
        EstimateData d = new EstimateData(1);
        d.district(new DistrictInfo("11680640", Level.DONG, "역삼1동", null, "11680", "강남구", 2_000_000));
        d.district(new DistrictInfo("11680650", Level.DONG, "역삼2동", null, "11680", "강남구", 1_500_000));
        if (withMaster) {
            d.district(new DistrictInfo("3120001", Level.TRDAR, "강남역", "D", "11680", "강남구", 400_000, "11680640"));
            d.district(new DistrictInfo("3110002", Level.TRDAR, "역삼로", "A", "11680", "강남구", 100_000, "11680640"));
            d.context(ContextTable.WORKER, "3120001", 20241, new double[] {50_000});
            d.context(ContextTable.WORKER, "3110002", 20241, new double[] {7_000});
            // the second 상권 has no apartments row: households sum over those that have one
            d.context(ContextTable.APARTMENT, "3120001", 20241, new double[] {100, 200, 300, 0, 0, 900_000_000});
            d.observe(new Cell("3120001", "CS100001"), 20241, 9e9, 40, 45, 1, 1, 5);
        }
        d.observe(new Cell("11680640", "CS100010"), 20241, 5e9, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return d.finish();
    }

    @Test
    void aDongIsDescribedByTheTrdarsInsideIt() {
        FeatureRow row = new FeatureBuilder(dongWithTrdars(true)).build(new Cell("11680640", "CS100010"), 20242);
        assertThat(row.value(Feature.INNER_TRDARS)).isEqualTo(2);
        assertThat(row.value(Feature.INNER_DEVELOPED)).isEqualTo(1);
        assertThat(row.value(Feature.INNER_AREA_SHARE)).isCloseTo(0.25, Offset.offset(1e-9));
        assertThat(row.value(Feature.INNER_WORKERS)).isCloseTo(Math.log1p(57_000), Offset.offset(1e-9));
        assertThat(row.value(Feature.INNER_STORES)).isCloseTo(Math.log1p(40), Offset.offset(1e-9));
        assertThat(row.value(Feature.APT_HOUSEHOLDS)).isCloseTo(Math.log1p(600), Offset.offset(1e-9));
        assertThat(row.value(Feature.APT_PRICE)).isCloseTo(Math.log(900_000_000), Offset.offset(1e-9));
        // no floating-population rows for its 상권: missing, not zero
        assertThat(row.value(Feature.INNER_POP)).isNaN();
    }

    @Test
    void aDongWithoutTrdarsHasZeroStructureButOnlyWhenTheTrdarMasterIsLoaded() {
        FeatureRow none = new FeatureBuilder(dongWithTrdars(true)).build(new Cell("11680650", "CS100010"), 20242);
        assertThat(none.value(Feature.INNER_TRDARS)).isZero();
        assertThat(none.value(Feature.INNER_WORKERS)).isZero();
        FeatureRow unknown = new FeatureBuilder(dongWithTrdars(false)).build(new Cell("11680640", "CS100010"), 20242);
        assertThat(unknown.value(Feature.INNER_TRDARS)).isNaN();
        assertThat(unknown.value(Feature.INNER_WORKERS)).isNaN();
    }

    @Test
    void structureOfTheDongExistsOnlyAtDongGrain() {
        assertThat(Feature.of(Task.COLD_START, Level.DONG)).contains(Feature.INNER_WORKERS, Feature.APT_PRICE);
        assertThat(Feature.of(Task.COLD_START, Level.TRDAR)).doesNotContain(Feature.INNER_WORKERS).contains(Feature.APT_PRICE);
    }

    @Test
    void aTableWithOnlyTrdarRowsSaysNothingAboutADong() {
        // the estimate notes "no data for this area" only for tables that exist at the cell's grain
        EstimateData d = dongWithTrdars(true);
        assertThat(d.hasContext(ContextTable.WORKER, Level.TRDAR)).isTrue();
        assertThat(d.hasContext(ContextTable.WORKER, Level.DONG)).isFalse();
    }
}
