package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real multi-quarter 상권 files (seoul-multi: 커피-음료 20233–20243 for 1,100+ 상권, 강남구 편의점 20211–20233,
 * 성수 all industries in the English OpenAPI layout) imported as a user would, then trained (which runs the backtests
 * of {@code eval}). One 상권's latest 점포 row is left out of the import to check that its store count is carried
 * forward. Asserts the rules (selection, coverage band, what is said), never fixed accuracy figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiQuarterRealFilesTest {
    private static final Charset CP949 = Charset.forName("MS949");
    /** Smaller fits than the app's default keep this test's run time modest; the backtest design is the same. */
    private static final BacktestOptions OPTIONS = new BacktestOptions(12, 6, 15_000, 3_000, 3);

    Database db;
    EstimateService service;
    Trainer.Result trained;
    String carriedDistrict;

    @BeforeAll
    void importAndTrain(@TempDir Path dir) throws Exception {
        Path multi = TestData.MULTI;
        Path coffeeStores = TestData.require(multi.resolve("서울시 상권분석서비스(점포-상권)_커피-음료_20233-20243.csv"));
        Path coffeeSales = TestData.require(multi.resolve("서울시 상권분석서비스(추정매출-상권)_커피-음료_20233-20243.csv"));
        db = Database.open(dir.resolve("db"));
        ImportService imports = new ImportService(db);
        for (Path p : List.of(coffeeSales, TestData.require(multi.resolve("서울시 상권분석서비스(추정매출-상권)_편의점_강남구_20211-20233.csv")),
                TestData.require(multi.resolve("서울시 상권분석서비스(점포-상권)_편의점_강남구_20211-20233.csv")),
                TestData.require(multi.resolve("seongsu_sales_20231-20243_openapi_english_header.csv")),
                TestData.require(TestData.seoul("영역-상권")))) {
            imports.importFile(p, Progress.NONE);
        }
        carriedDistrict = firstCoffeeDistrictWithSales(20243);
        // the 점포 file without that 상권's 20243 row (a partial download)
        List<String> lines = Files.readAllLines(coffeeStores, CP949);
        String cut = "\"20243\",";
        List<String> kept = lines.stream().filter(l -> !(l.startsWith(cut) && l.contains("\"" + carriedDistrict + "\""))).toList();
        assertThat(kept).hasSize(lines.size() - 1);
        Path partial = dir.resolve("서울시 상권분석서비스(점포-상권)_partial.csv");
        Files.write(partial, kept, CP949);
        imports.importFile(partial, Progress.NONE);
        service = new EstimateService(db, OPTIONS);
        trained = service.train(Progress.NONE);
    }

    private String firstCoffeeDistrictWithSales(int quarter) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.district_code FROM sales_q s WHERE s.industry_code = 'CS100010' AND s.quarter = "
                     + quarter + " AND EXISTS (SELECT 1 FROM sales_q p WHERE p.district_code = s.district_code"
                     + " AND p.industry_code = 'CS100010' AND p.quarter = 20242) ORDER BY s.district_code LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @AfterAll
    void close() {
        Messages.setLocale(Locale.KOREAN);
        db.close();
    }

    private Evaluation evaluation(Task task) {
        return Trainer.byKey(trained.evaluations()).get(task.id() + "/T");
    }

    @Test
    void theEnglishOpenApiLayoutWithFloatsIsReadAsWholeWon() throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sales_amt, sales_cnt FROM sales_q WHERE district_code = '3110127'"
                     + " AND industry_code = 'CS100001' AND quarter = 20231")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(291_974_047L);
            assertThat(rs.getLong(2)).isEqualTo(8_482L);
        }
    }

    @Test
    void theForecastBacktestUsesEveryQuarterPerIndustryAndKeepsLastValueUnlessBeatenOnSeveralOriginsAndTheLatest() {
        Evaluation e = evaluation(Task.FORECAST);
        // 편의점 origins 2021 Q4 … 2023 Q3, coffee 2023 Q4 … 2024 Q3
        assertThat(e.origins()).extracting(Evaluation.Origin::quarter).contains(20214, 20233, 20234, 20243);
        assertThat(e.origins()).allSatisfy(o -> assertThat(o.trainLastQuarter()).isLessThan(o.quarter()));
        assertThat(e.perIndustry()).extracting(Evaluation.IndustryResult::industry).contains("CS100010", "CS300002");
        Selection s = e.selection();
        assertThat(s.reference()).isEqualTo(Baselines.LAST_VALUE);
        List<Evaluation.OriginResult> last = e.perOrigin(Baselines.LAST_VALUE);
        List<Evaluation.OriginResult> chosen = e.perOrigin(e.chosen());
        if (s.beatsReference()) {
            assertThat(e.ratioToBaseline()).isLessThanOrEqualTo(1 - Selection.MARGIN);
            assertThat(chosen.get(chosen.size() - 1).medianApe()).isLessThanOrEqualTo(last.get(last.size() - 1).medianApe());
        } else {
            assertThat(e.chosen()).isEqualTo(Baselines.LAST_VALUE);
            assertThat(s.reason()).isNotEqualTo(Selection.Reason.BEATS_REFERENCE);
        }
        TrainedModel model = trained.models().stream().filter(m -> m.task() == Task.FORECAST && m.grain() == Level.TRDAR)
                .findFirst().orElseThrow();
        assertThat(model.method()).isEqualTo(e.chosen());
    }

    @Test
    void rangesCoverAboutEightyPercentInBothTasks() {
        for (Task t : Task.values()) {
            Evaluation e = evaluation(t);
            Metrics m = e.result(e.chosen()).metrics();
            assertThat(m.coverage80()).as(t.id()).isBetween(0.75, 0.85);
            assertThat(m.missAbove() + m.missBelow() + m.coverage80()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(e.latestCoverage().n()).isPositive();
        }
        Evaluation cold = evaluation(Task.COLD_START);
        assertThat(cold.methods()).extracting(Evaluation.MethodResult::method)
                .contains(Baselines.INDUSTRY_GU_MEDIAN, Baselines.GU_TYPE_MEDIAN);
    }

    @Test
    void aMissingLatestStoreCountIsCarriedForwardAndSaidInsteadOfACOldStart() {
        Messages.setLocale(Locale.KOREAN);
        Estimate e = service.estimate(carriedDistrict, "CS100010");
        assertThat(e.task()).isEqualTo(Task.FORECAST);
        assertThat(e.basedOnQuarter()).isEqualTo(20243);
        assertThat(e.storesFrom()).isEqualTo(20242);
        assertThat(e.stores()).isPositive();
        assertThat(e.notes()).anySatisfy(n -> assertThat(n.render(Locale.KOREAN)).contains("2024년 2분기").contains("점포 수"));
        // the screen and the CLI say which method was chosen and why
        assertThat(e.quality().method()).isEqualTo(evaluation(Task.FORECAST).chosen());
        assertThat(e.quality().line().render(Locale.KOREAN)).contains(EstimateService.methodName(e.quality().method()));
        assertThat(e.quality().selectionLine().render(Locale.KOREAN)).isNotBlank();
        assertThat(e.quality().selectionLine().render(Locale.ENGLISH)).isNotBlank().doesNotContainPattern("[\\uAC00-\\uD7A3]");
        assertThat(e.quality().selection()).isEqualTo(evaluation(Task.FORECAST).selection().reason());
    }
}
