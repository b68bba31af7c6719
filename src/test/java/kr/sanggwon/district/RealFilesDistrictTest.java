package kr.sanggwon.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.customer.DimensionProfile;
import kr.sanggwon.customer.Share;
import kr.sanggwon.health.HealthReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The analysis services on the real official files of ../shared/data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealFilesDistrictTest {
    // static: a PER_CLASS instance field is not injected before @BeforeAll, and a null folder would mean the user's own
    @TempDir
    static Path dir;
    AppContext app;

    @BeforeAll
    void importFiles() throws Exception {
        app = AppContext.open(dir);
        for (String f : new String[] {"영역-상권", "상권변화지표-상권", "집객시설-상권", "길단위인구-행정동", "직장인구-상권", "추정매출-행정동", "소득소비-행정동"}) {
            app.importService().importFile(TestData.require(TestData.seoul(f)), Progress.NONE);
        }
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void coffeeCustomerSharesOfADongSumToOneHundredPercentInEveryDimension() throws Exception {
        CustomerProfile p = app.customers().profile("11110515", "CS100010");
        assertThat(p.quarter()).isEqualTo(20244);
        for (DimensionProfile d : p.dimensions()) {
            assertThat(d.shares().stream().mapToDouble(Share::district).sum()).as(d.dimension().name()).isCloseTo(1.0, within(1e-9));
            assertThat(d.shares().stream().mapToDouble(Share::seoul).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(d.shares().stream().mapToDouble(Share::floating).sum()).isCloseTo(1.0, within(1e-9));
        }
        assertThat(p.summaryKo()).startsWith("주 고객은 ");
        assertThat(p.summaryEn()).startsWith("The main customers are ");
        assertThat(p.floatingProvenance().dataset()).isEqualTo("길단위인구-행정동");
        assertThat(p.salesProvenance().fileName()).isEqualTo("서울시 상권분석서비스(추정매출-행정동).csv");
    }

    @Test
    void changeIndexNamesMatchTheNamesInTheOfficialFile() throws Exception {
        try (Connection c = app.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT change_index, change_name FROM change_q")) {
            int n = 0;
            while (rs.next()) {
                ChangeIndex ci = ChangeIndex.of(rs.getString(1)).orElseThrow();
                assertThat(Messages.get(Locale.KOREAN, ci.nameKey())).isEqualTo(rs.getString(2));
                n++;
            }
            assertThat(n).isEqualTo(4);
        }
        Kpi k = app.districts().snapshot("3110001", null).kpi(Metric.CHANGE_INDEX);
        assertThat(k.text()).isIn("HH", "HL", "LH", "LL");
        assertThat(k.quarter()).isEqualTo(20252);
    }

    @Test
    void districtDashboardFallsBackToItsDongForFloatingPopulation() throws Exception {
        DistrictSnapshot s = app.districts().snapshot("3110001", null);
        assertThat(s.info().name()).isEqualTo("이북5도청사");
        assertThat(s.kpi(Metric.FLOATING).provenance().dataset()).isEqualTo("길단위인구-행정동");
        assertThat(s.kpi(Metric.WORKERS).value()).isPositive();
        assertThat(s.facilities()).isNotEmpty();
        assertThat(s.trend(Metric.OP_MONTHS).points()).hasSize(26);
    }

    @Test
    void lookalikeFindsTenSimilarDistricts() throws Exception {
        Lookalike l = app.lookalike().similar("3110001", null, 10);
        assertThat(l.matches()).hasSize(10);
        assertThat(l.matches().get(0).similarity()).isGreaterThanOrEqualTo(l.matches().get(9).similarity());
        // district-level imports rebuild district_feature, so the population mix drives the similarity
        assertThat(l.matches()).flatExtracting(Lookalike.Match::alike).extracting(Lookalike.Driver::feature)
                .contains(Feature.FLOATING);
    }

    @Test
    void healthFindsTheAlwaysEmptyRailStationColumn() throws Exception {
        HealthReport r = app.dataHealth().report();
        assertThat(r.columnIssues()).anySatisfy(c -> {
            assertThat(c.header()).isEqualTo("철도_역_수");
            assertThat(c.problem()).isEqualTo(HealthReport.ColumnIssue.Problem.ALL_ZERO);
        });
        // 소득소비-행정동 has no separate 여가/문화 columns by design (data README quirk 10): not an "empty column"
        assertThat(r.columnIssues()).noneSatisfy(c -> assertThat(c.header()).isEqualTo("여가_지출_총금액"));
        assertThat(r.datasets()).anySatisfy(d -> {
            assertThat(d.dataset()).isEqualTo("상권변화지표-상권");
            assertThat(d.quarters()).hasSize(26);
        });
    }
}
