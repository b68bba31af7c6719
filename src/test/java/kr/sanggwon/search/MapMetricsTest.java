package kr.sanggwon.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog and map metrics read back from real imported files. */
class MapMetricsTest {
    @TempDir
    static Path dir;
    static AppContext app;

    @BeforeAll
    static void importRealFiles() throws Exception {
        app = AppContext.open(dir);
        for (String dataset : new String[] {"영역-상권", "상권변화지표-상권", "점포-상권", "길단위인구-상권"}) {
            app.importService().importFile(TestData.require(TestData.seoul(dataset)), Progress.NONE);
        }
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void catalogHoldsEveryDistrictOfTheAreaFileWithItsPoint() throws Exception {
        DistrictSearch search = app.districtCatalog().search();
        assertThat(search.size()).isEqualTo(1650);
        assertThat(search.entries()).allMatch(DistrictEntry::hasPoint);
        assertThat(search.search("ㅅㄹ", 2000)).isNotEmpty()
                .allSatisfy(h -> assertThat(KoreanMatcher.matches("ㅅㄹ", h.entry().name() + " " + h.entry().guName() + " "
                        + h.entry().dongName() + " " + h.entry().typeName() + " " + h.entry().code())).isTrue());
        assertThat(app.districtCatalog().search()).isSameAs(search);
    }

    @Test
    void changeIndexComesFromTheLatestQuarter() throws Exception {
        MetricValues v = app.mapMetrics().load(MapMetric.CHANGE_INDEX);
        assertThat(v.quarter()).isEqualTo(20252);
        assertThat(v.categories()).hasSize(1650);
        assertThat(v.categories().values()).allMatch(c -> c.matches("HH|HL|LH|LL"));
    }

    @Test
    void storesAndFloatingPopulationAreNumbersOfTheLatestQuarter() throws Exception {
        MetricValues stores = app.mapMetrics().load(MapMetric.STORES);
        assertThat(stores.quarter()).isEqualTo(20251);
        assertThat(stores.numbers()).isNotEmpty();
        MetricValues pop = app.mapMetrics().load(MapMetric.FLOATING_POPULATION);
        assertThat(pop.quarter()).isEqualTo(20244);
        assertThat(pop.numbers().values()).allMatch(n -> n >= 0);
    }

    @Test
    void salesPerStoreIsEmptyWithoutSalesData() throws Exception {
        assertThat(app.mapMetrics().load(MapMetric.SALES_PER_STORE).isEmpty()).isTrue();
    }
}
