package kr.sanggwon.district;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistrictServiceTest {
    @TempDir
    Path dir;
    Fixture fx;
    long salesBatch;
    long storesBatch;

    @BeforeEach
    void data() throws Exception {
        fx = new Fixture(dir);
        salesBatch = fx.batch("SALES_T", "T", "매출.csv");
        storesBatch = fx.batch("STORES_T", "T", "점포.csv");
        long popBatch = fx.batch("FLOATING_D", "D", "유동.csv");
        long dSales = fx.batch("SALES_D", "D", "매출-동.csv");
        fx.district("3110001", "T", "가상상권", "A", "11110515").district("11110515", "D", "가상동", null, null)
                .industry("CS100010", "커피-음료").industry("CS100001", "한식음식점");
        int[] q = {20231, 20234, 20241};
        long[] coffee = {80_000_000L, 90_000_000L, 100_000_000L};
        long[] stores = {4, 5, 5};
        double[] close = {10.0, 25.0, 20.0};
        for (int i = 0; i < q.length; i++) {
            fx.insert("sales_q", Fixture.sales("3110001", "CS100010", q[i], "T", coffee[i], salesBatch, Map.of()));
            fx.insert("stores_q", row("district_code", "3110001", "industry_code", "CS100010", "quarter", q[i], "lvl", "T",
                    "stores", stores[i], "open_rate", 10.0, "open_count", 1L, "close_rate", close[i], "close_count", 1L,
                    "franchise", 1L, "batch_id", storesBatch));
        }
        fx.insert("sales_q", Fixture.sales("3110001", "CS100001", 20241, "T", 300_000_000L, salesBatch, Map.of()));
        fx.insert("stores_q", row("district_code", "3110001", "industry_code", "CS100001", "quarter", 20241, "lvl", "T",
                "stores", 10L, "open_count", 1L, "close_count", 2L, "franchise", 3L, "batch_id", storesBatch));
        fx.industry("CS200001", "일반교습학원");
        fx.insert("stores_q", row("district_code", "3110001", "industry_code", "CS200001", "quarter", 20241, "lvl", "T",
                "stores", 3L, "batch_id", storesBatch));
        fx.insert("population_q", row("district_code", "11110515", "quarter", 20241, "lvl", "D", "total", 5000L, "batch_id", popBatch));
        fx.insert("change_q", row("district_code", "3110001", "quarter", 20241, "lvl", "T", "change_index", "LL",
                "change_name", "다이나믹", "op_months", 50.0, "batch_id", storesBatch));
        fx.insert("sales_q", Fixture.sales("11110515", "CS100010", 20241, "D", 700_000_000L, dSales, Map.of()));
        fx.summarize();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void industryKpisCarryChangesVsLastQuarterAndLastYear() throws Exception {
        DistrictSnapshot s = fx.app.districts().snapshot("3110001", "CS100010");
        Kpi sales = s.kpi(Metric.SALES);
        assertThat(sales.value()).isEqualTo(100_000_000.0);
        assertThat(sales.quarter()).isEqualTo(20241);
        assertThat(sales.deltaQuarter()).isCloseTo(100.0 / 90 - 1, within(1e-9));
        assertThat(sales.deltaYear()).isCloseTo(0.25, within(1e-9));
        assertThat(s.kpi(Metric.SALES_PER_STORE).value()).isEqualTo(20_000_000.0);
        // percent metrics change in percentage points: 20.0% now vs 25.0% last quarter
        assertThat(s.kpi(Metric.CLOSE_RATE).deltaQuarter()).isCloseTo(-5.0, within(1e-9));
        assertThat(s.trend(Metric.SALES).points()).extracting(Point::quarter).containsExactly(20231, 20234, 20241);
    }

    @Test
    void everyKpiNamesItsDatasetQuarterBatchFileAndFormula() throws Exception {
        DistrictSnapshot s = fx.app.districts().snapshot("3110001", "CS100010");
        Provenance p = s.kpi(Metric.SALES_PER_STORE).provenance();
        assertThat(p.dataset()).isEqualTo("추정매출-상권 + 점포-상권");
        assertThat(p.quarter()).isEqualTo(20241);
        assertThat(p.batchId()).isEqualTo(salesBatch);
        assertThat(p.fileName()).isEqualTo("매출.csv + 점포.csv");
        assertThat(p.formula().render(java.util.Locale.KOREAN)).isEqualTo(Messages.get(java.util.Locale.KOREAN, "district.formula.SALES_PER_STORE.industry"));
        assertThat(s.kpi(Metric.STORES).provenance().fileName()).isEqualTo("점포.csv");
    }

    @Test
    void districtTotalsAddUpAllIndustriesAndRatesComeFromCounts() throws Exception {
        DistrictSnapshot s = fx.app.districts().snapshot("3110001", null);
        assertThat(s.kpi(Metric.SALES).value()).isEqualTo(400_000_000.0);
        assertThat(s.kpi(Metric.STORES).value()).isEqualTo(18.0);
        assertThat(s.kpi(Metric.SALES_PER_STORE).value()).isCloseTo(400_000_000.0 / 18, within(1e-6));
        assertThat(s.kpi(Metric.CLOSE_RATE).value()).isCloseTo(3.0 / 18 * 100, within(1e-9));
        assertThat(s.kpi(Metric.FRANCHISE_SHARE).value()).isCloseTo(4.0 / 18 * 100, within(1e-9));
        assertThat(s.industryMix().get(0).industryCode()).isEqualTo("CS100001");
        assertThat(s.industryMix().get(0).salesShare()).isCloseTo(0.75, within(1e-9));
        assertThat(s.kpi(Metric.CHANGE_INDEX).text()).isEqualTo("LL");
        // a cell with stores but no sales is part of the mix too (industry_district_kpi keeps both kinds)
        IndustryShare academy = s.industryMix().stream().filter(i -> i.industryCode().equals("CS200001")).findFirst().orElseThrow();
        assertThat(academy.sales()).isNull();
        assertThat(academy.stores()).isEqualTo(3L);
        assertThat(academy.storesShare()).isCloseTo(3.0 / 18, within(1e-9));
    }

    @Test
    void districtWithoutOwnPopulationUsesItsDongAndSaysSo() throws Exception {
        Kpi floating = fx.app.districts().snapshot("3110001", null).kpi(Metric.FLOATING);
        assertThat(floating.value()).isEqualTo(5000.0);
        assertThat(floating.provenance().dataset()).isEqualTo("길단위인구-행정동");
        assertThat(floating.provenance().note().render(java.util.Locale.KOREAN)).contains("가상동");
        // the note is words to render: an English screen reads it in English whatever the global language (ADR 0019)
        assertThat(KpiFormat.provenance(floating.provenance(), java.util.Locale.ENGLISH)).contains("Source:", "no district rows", "가상동")
                .doesNotContain("상권 자료가 없어");
    }

    @Test
    void dongLevelShowsTotalSalesWithoutStoreKpis() throws Exception {
        DistrictSnapshot s = fx.app.districts().snapshot("11110515", "CS100010");
        assertThat(s.info().isDong()).isTrue();
        assertThat(s.kpi(Metric.SALES).value()).isEqualTo(700_000_000.0);
        assertThat(s.kpi(Metric.SALES).provenance().dataset()).isEqualTo("추정매출-행정동");
        assertThat(s.kpi(Metric.STORES).value()).isNull();
        assertThat(s.kpi(Metric.SALES_PER_STORE).value()).isNull();
    }

    @Test
    void unknownDistrictIsAUserError() {
        assertThatThrownBy(() -> fx.app.districts().snapshot("9999999", null))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("district.error.unknown");
    }
}
