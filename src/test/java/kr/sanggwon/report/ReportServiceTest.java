package kr.sanggwon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.Text;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.Selection;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.estimate.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF a consultant hands over: every section with the saved numbers as the app formats them, Korean that comes
 * out of the file as Korean, the chosen language whatever the app's, and bad input refused with nothing left behind.
 */
class ReportServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    ConsultService consult;
    Consultation consultation;
    ReportService reports;
    final Clock clock = Clock.fixed(Instant.parse("2026-03-03T01:00:00Z"), ZoneId.of("Asia/Seoul"));

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("data"));
        consult = app.consult();
        consult.vault().setUp("리포트 시험 암호 2026".toCharArray(), "리포트 시험 암호 2026".toCharArray());
        consultation = ReportFixture.caseWithFullScenario(consult);
        reports = new ReportService(consult, KoreanFontFinder.system(), clock);
        org.junit.jupiter.api.Assumptions.assumeTrue(KoreanFontFinder.system().find().isPresent() || System.getenv("CI") != null,
                "no Korean font on this machine");
    }

    @AfterEach
    void close() {
        Messages.setLocale(Locale.KOREAN);
        app.close();
    }

    private String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void fullReportHasEverySectionWithTheSavedNumbersInReadableKorean() throws IOException {
        Path pdf = reports.write(consultation.id(), dir.resolve("상담 리포트.pdf"), new ReportOptions(Locale.KOREAN, false), Progress.NONE);
        String t = text(pdf);

        assertThat(t).contains("상권 분석 상담 리포트", "박정자", "한결 컨설팅 이도윤", "2026년 3월 2일", "망원시장 입구", "2026년 3월 3일");
        assertThat(t).contains("한눈에 보기", "상권 현황", "고객 분석", "상권 비교", "예상 매출", "예상에 크게 작용한 요인",
                "손익과 손익분기점", "가정 목록", "예측 모델의 정확도", "데이터 출처", "유의 사항");
        // the numbers are the snapshot's, written by the one formatter
        assertThat(t).contains(Formats.money(Math.round(ReportFixture.MONTHLY), Locale.KOREAN),
                Formats.moneyRange(Math.round(ReportFixture.LOW), Math.round(ReportFixture.HIGH), Locale.KOREAN),
                Formats.money(Math.round(ReportFixture.SHOP_MONTHLY), Locale.KOREAN),
                Formats.moneyRange(Math.round(ReportFixture.SHOP_LOW), Math.round(ReportFixture.SHOP_HIGH), Locale.KOREAN),
                Formats.money(Math.round(ReportFixture.SALES_PER_STORE), Locale.KOREAN),
                Formats.number(ReportFixture.CLOSE_RATE, 1) + "%",
                Formats.percent(ReportFixture.MEDIAN_APE), "+21.0%", "412만원", "2,870만원", "LH");
        assertThat(t).contains("주 고객은 30대 여성", "62.0% / 71.0%", "★ 3,126만원", "2024년 4분기", "2025년 1분기");
        assertThat(t).contains("서울특별시 서울 열린데이터광장, 서울시 상권분석서비스", "소상공인시장진흥공단", "공공누리 제1유형");
        // the ledger says what the consultant set and what came from public data
        assertThat(t).contains("이미 있는 같은 업종 가게", "상담사 선택", "공공 데이터(그대로)");
        assertThat(t).as("no replacement characters or boxes").doesNotContain("?", "\uFFFD");
        assertThat(t).contains("1 / ").doesNotContain("<report.");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset, not the whole font").matches("[A-Z]{6}\\+.*");
        }
        List<Path> pngs = ReportPreview.pages(pdf, dir.resolve("png"), "report", 60);
        assertThat(pngs).hasSizeGreaterThan(3);
        BufferedImage first = ImageIO.read(pngs.get(0).toFile());
        assertThat(darkPixels(first)).as("the cover shows text").isGreaterThan(500);
    }

    @Test
    void theReportIsInTheLanguageAskedForNotTheAppsLanguage() throws IOException {
        Messages.setLocale(Locale.KOREAN);
        Path pdf = reports.write(consultation.id(), dir.resolve("en.pdf"), new ReportOptions(Locale.ENGLISH, false), Progress.NONE);
        String t = text(pdf);
        assertThat(t).contains("District analysis consultation report", "Expected sales", "Assumption ledger",
                Formats.money(Math.round(ReportFixture.MONTHLY), Locale.ENGLISH), "Main customers are women in their 30s");
        assertThat(t).doesNotContain("예상 매출", "상권 현황");

        Messages.setLocale(Locale.ENGLISH);
        Path ko = reports.write(consultation.id(), dir.resolve("ko.pdf"), new ReportOptions(Locale.KOREAN, false), Progress.NONE);
        assertThat(text(ko)).contains("예상 매출", Formats.money(Math.round(ReportFixture.MONTHLY), Locale.KOREAN))
                .doesNotContain("Expected sales");
    }

    /**
     * ADR 0019: the estimate's quality line, model line, notes and warnings are key + arguments until rendered, so a
     * Korean report made while the app is in English reads them in Korean (quarters included), and the reverse.
     */
    @Test
    void aKoreanReportFromAnEnglishScreenHasTheEstimatesQualityLineAndNotesInKorean() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        Text quality = Text.of("estimate.quality.chosen", Text.of("estimate.method.m5p"),
                Text.of("estimate.quality.line", 6, Formats.percent(ReportFixture.MEDIAN_APE)));
        Text model = Text.of("estimate.provenance.line", Text.of("estimate.method.m5p"), 7L, "2026-02-01 19:00", 16L, Text.quarter(20244));
        Estimate e = new Estimate("11440690", "망원1동", "마포구", "CS100010", "커피-음료", Level.DONG, false, Task.FORECAST, 20251, 20244,
                Double.NaN, 0, ReportFixture.MONTHLY * 3, ReportFixture.LOW * 3, ReportFixture.HIGH * 3, ReportFixture.MONTHLY,
                ReportFixture.LOW, ReportFixture.HIGH, List.of(), List.of(),
                new Estimate.Quality(ReportFixture.MEDIAN_APE, 0.79, 6, "last-value", 0.243, quality, "m5p",
                        Selection.Reason.BEATS_REFERENCE, 0.8, Text.of("estimate.quality.none")),
                new Estimate.Provenance(7, "m5p", "", "2026-02-01T10:00:00Z", 16, 16, 20244, false, model),
                List.of(Text.of("estimate.note.storesCarried", 9L, Text.quarter(20244), Text.quarter(20243))),
                List.of(Text.of("estimate.warn.stale")));
        consult.saveEstimate(consultation.id(), "영문 화면에서 저장", e, StoreDetails.NONE, null);

        String ko = text(reports.write(consultation.id(), dir.resolve("ko.pdf"), new ReportOptions(Locale.KOREAN, false), Progress.NONE));
        assertThat(ko).contains("방법: M5P 모델 트리 · 최근 6분기 검증 오차 중앙값 18.7%",
                "2024년 4분기 점포 수가 없어", "2024년 3분기", "모델을 다시 학습하세요", "모델: M5P 모델 트리 (#7,");
        assertThat(ko).doesNotContain("Median error", "No store count", "Retrain the model");

        Messages.setLocale(Locale.KOREAN);
        String en = text(reports.write(consultation.id(), dir.resolve("en.pdf"), new ReportOptions(Locale.ENGLISH, false), Progress.NONE));
        assertThat(en).contains("Method: M5P model tree", "No store count published for 2024 Q4", "Retrain the model");
        assertThat(en).doesNotContain("모델을 다시 학습하세요");
    }

    @Test
    void onePageSummaryFitsOnOnePage() throws IOException {
        consult.saveSnapshot(consultation.id(), ReportFixture.snapshot("연남동 비교안", "11440710"));
        Path pdf = reports.write(consultation.id(), dir.resolve("one.pdf"), new ReportOptions(Locale.KOREAN, true), Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(pdf)).contains("박정자 님 상담 요약", "망원동 커피 4곳 기준",
                Formats.moneyRange(Math.round(ReportFixture.SHOP_LOW), Math.round(ReportFixture.SHOP_HIGH), Locale.KOREAN),
                "약속이 아닙니다");
    }

    @Test
    void unknownConsultationIsRefusedAndNoFileIsMade() {
        Path out = dir.resolve("none.pdf");
        assertThatThrownBy(() -> reports.write(9_999, out, new ReportOptions(Locale.KOREAN, false), Progress.NONE))
                .isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(((UserException) e).localized()).contains("9,999").doesNotStartWith("<"));
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutAKoreanFontTheMessageNamesWhatToInstallAndTheOldReportStays() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("no-fonts"));
        ReportService noFonts = new ReportService(consult, new KoreanFontFinder(List.of(empty)), clock);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path target = out.resolve("report.pdf");
        Files.writeString(target, "previous report");

        assertThatThrownBy(() -> noFonts.write(consultation.id(), target, new ReportOptions(Locale.KOREAN, false), Progress.NONE))
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).localized()).contains("한글 글꼴", KoreanFontFinder.installHint(),
                        empty.toString()));
        assertThat(Files.readString(target)).isEqualTo("previous report");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("nowhere").resolve("r.pdf");
        assertThatThrownBy(() -> reports.write(consultation.id(), target, new ReportOptions(Locale.KOREAN, false), Progress.NONE))
                .isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).localized()).contains(dir.resolve("nowhere").toString()));
    }

    private static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
