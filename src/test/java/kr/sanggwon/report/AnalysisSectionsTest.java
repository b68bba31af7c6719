package kr.sanggwon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.AnalysisWorld;
import kr.sanggwon.consult.CalibratedRange;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.RangeCalibration;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.FinancePart;
import kr.sanggwon.consult.ScenarioSnapshot.LinePart;
import kr.sanggwon.consult.ScenarioSnapshot.RankedPart;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.Target;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's 수익 분석 and 유망 상권 sections print the saved numbers (P&amp;L, break-even, payback, loss probability,
 * the ranked rows), the ledger lists the plan's inputs with their sources, and the calibrated range appears beside the
 * model's only when this consultant has enough 사후 점검 records.
 */
class AnalysisSectionsTest {
    private static final String PASS = "리포트 분석 암호 2026";
    @TempDir
    Path dir;
    Fixture world;
    ConsultService consult;
    ReportService reports;
    long consultation;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = AnalysisWorld.build(dir.resolve("data"));
        consult = world.app.consult();
        consult.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        consultation = visit("배은하");
        reports = new ReportService(consult, KoreanFontFinder.system(), Clock.fixed(Instant.parse("2026-04-03T01:00:00Z"),
                ZoneId.of("Asia/Seoul")));
        org.junit.jupiter.api.Assumptions.assumeTrue(KoreanFontFinder.system().find().isPresent() || System.getenv("CI") != null,
                "no Korean font on this machine");
    }

    @AfterEach
    void close() {
        Messages.setLocale(Locale.KOREAN);
        world.close();
    }

    private long visit(String name) {
        long client = consult.addClient(new ClientInput(name, null, null, "커피", "CS100010", null, null, null)).id();
        return consult.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 4, 2), null, null, null, null)).id();
    }

    private String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String won(double v) {
        return Formats.money(Math.round(v), Locale.KOREAN);
    }

    @Test
    void planAndListSectionsPrintTheSnapshotsNumbersAndTheLedgerItsInputs() throws IOException {
        FinanceResult r = world.app.financeService().analyze(AnalysisWorld.plan(AnalysisWorld.FIRST));
        Ranking ranking = world.app.recommend().rank(AnalysisWorld.COFFEE, 'T', Filter.ALL, Target.NONE,
                Preset.builtIns().get(2).weights(), 0);
        Scenario s = consult.saveFinance(consultation, "골목 1층 계획", r, StoreDetails.NONE);
        s = consult.attachRanking(s.id(), ranking, Preset.builtIns().get(2), 4);
        FinancePart f = s.snapshot().finance();

        Path pdf = reports.write(consultation, dir.resolve("분석.pdf"), new ReportOptions(Locale.KOREAN, false), Progress.NONE);
        // pages as PNG beside the screenshots, for a look at the new sections
        assertThat(ReportPreview.pages(pdf, java.nio.file.Files.createDirectories(Path.of("target", "report-preview")), "analysis", 80))
                .hasSizeGreaterThan(3);
        String t = text(pdf);
        assertThat(t).contains("손익과 손익분기점", "한 달 손익", "손익분기점", "추천 상권 목록", "점수를 이루는 항목", "가정 목록");
        // the P&L table: each line's name and amount as saved
        for (LinePart l : f.lines()) {
            assertThat(t).contains(Messages.get(Locale.KOREAN, "finance.line." + l.kind().toLowerCase(Locale.ROOT)), won(l.amount()));
        }
        assertThat(t).contains(won(f.operatingProfit()), won(f.breakEvenSales()), Formats.percent(f.simulation().lossProbability()),
                Formats.number(f.breakEvenCustomersPerDay(), 0) + "명", won(f.averageTicket()),
                Formats.number(f.paybackMonths(), 0) + "개월", Formats.percent(f.guCheck().topShare()), "성장형");
        // the list: its rows with their scores
        for (RankedPart row : s.snapshot().recommend().rows()) {
            assertThat(t).contains(row.name(), row.code(), Formats.number(row.points(), 1));
        }
        // the ledger: what the consultant entered, and defaults with their sources (changed or not)
        assertThat(t).contains("월 임대료", won(3_300_000), "상담사 입력", "직접 바꾼 값", "최저임금 (시간급)", "유망 상권 가중치");
        double minWage = f.inputs().stream().filter(i -> i.id().equals("min_wage_hourly")).findFirst().orElseThrow().value();
        assertThat(t).as("an hourly wage to the won").contains(Formats.number(minWage, 0) + "원").doesNotContain("-0.0%");
        assertThat(t).as("no replacement characters or untranslated keys").doesNotContain("\uFFFD", "<report.", "<finance.", "<recommend.");

        String en = text(reports.write(consultation, dir.resolve("en.pdf"), new ReportOptions(Locale.ENGLISH, false), Progress.NONE));
        assertThat(en).contains("Profit and break-even", "Monthly profit and loss", "Recommended districts", "Parts of the score",
                Formats.money(Math.round(f.breakEvenSales()), Locale.ENGLISH), "Growth")
                .doesNotContain("손익과 손익분기점", "<report.");
    }

    /** A scenario with a model range 1,600만–2,500만 around 2,000만, for one client's visit. */
    private Scenario estimateScenario(long visit, String title) {
        ScenarioSnapshot.EstimatePart e = new ScenarioSnapshot.EstimatePart("TRDAR", true, 20252, 20251, 4.0, 20_000_000,
                16_000_000.0, 25_000_000.0, 60_000_000, 48_000_000.0, 75_000_000.0, null, List.of(), null, null, List.of(), List.of());
        return consult.saveSnapshot(visit, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, title, Instant.now().toString(), "ko", 1,
                AnalysisWorld.FIRST, "상권0", "가상구", "CS100010", "커피-음료", e, null, null, null, List.of()));
    }

    @Test
    void theCalibratedRangeStandsBesideTheModelsOnceThereAreEnoughRecords() throws IOException {
        Scenario mine = estimateScenario(consultation, "골목 1층");
        long[] sales = {12_000_000, 30_000_000, 19_000_000, 21_000_000, 27_000_000, 14_000_000};
        // five months from three clients: not enough yet
        long[] clients = {consult.consultation(consultation).clientId(), 0, 0};
        Scenario[] scenarios = {mine, null, null};
        for (int i = 1; i < 3; i++) {
            long k = visit("고객" + i);
            clients[i] = consult.consultation(k).clientId();
            scenarios[i] = estimateScenario(k, "가게 " + i);
        }
        for (int m = 0; m < 5; m++) {
            consult.afterOpening().record(clients[m % 3], scenarios[m % 3].id(), YearMonth.of(2025, m + 1), sales[m]);
        }
        String before = text(reports.write(consultation, dir.resolve("before.pdf"), new ReportOptions(Locale.KOREAN, false), Progress.NONE));
        assertThat(before).contains("예상 매출", Formats.moneyRange(16_000_000, 25_000_000, Locale.KOREAN))
                .doesNotContain("내 상담 기록으로 보정한 범위");

        consult.afterOpening().record(clients[2], scenarios[2].id(), YearMonth.of(2025, 6), sales[5]);
        RangeCalibration c = consult.afterOpening().calibration();
        assertThat(c.active()).isTrue();
        CalibratedRange expected = CalibratedRange.of(c, 20_000_000, 16_000_000, 25_000_000, Double.NaN, Double.NaN, Double.NaN);
        String after = text(reports.write(consultation, dir.resolve("after.pdf"), new ReportOptions(Locale.KOREAN, false), Progress.NONE));
        assertThat(after).contains("내 상담 기록으로 보정한 범위", "6건·고객 3명", Formats.number(c.k(), 2) + "배",
                Formats.moneyRange(Math.round(expected.monthlyLow()), Math.round(expected.monthlyHigh()), Locale.KOREAN),
                // the model's own range is still printed
                Formats.moneyRange(16_000_000, 25_000_000, Locale.KOREAN));
        // the saved scenario itself is not touched by the calibration
        assertThat(consult.scenario(mine.id())).isEqualTo(mine);
    }
}
