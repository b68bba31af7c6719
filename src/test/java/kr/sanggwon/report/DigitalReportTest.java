package kr.sanggwon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalDiagnosis;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.DigitalWorld;
import kr.sanggwon.district.Fixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 디지털 전환 진단 saved on a scenario prints in the PDF report with its numbers, in readable Korean. */
class DigitalReportTest {
    static final String PASS = "디지털 리포트 암호 2026";
    @TempDir
    Path dir;
    Fixture world;
    ConsultService consult;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = DigitalWorld.build(dir.resolve("data"));
        consult = world.app.consult();
        consult.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        org.junit.jupiter.api.Assumptions.assumeTrue(KoreanFontFinder.system().find().isPresent() || System.getenv("CI") != null,
                "no Korean font on this machine");
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theDiagnosisIsPrintedWithBeforeAndAfterAndTheProgrammes() throws IOException {
        long client = consult.addClient(new ClientInput("오디지", null, null, "가나역 카페", null, null, null, null)).id();
        Consultation k = consult.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 3, 2), "가나역", null, null, null));
        ScenarioSnapshot.EstimatePart e = new ScenarioSnapshot.EstimatePart("TRDAR", true, 20253, 20252, 4.0, 9_000_000,
                7_000_000.0, 11_500_000.0, 27_000_000, null, null, null, List.of(), null, null, List.of(), List.of());
        long scenario = consult.saveSnapshot(k.id(), new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "가나역 카페 디지털", Instant.now().toString(),
                "ko", 1, DigitalWorld.DISTRICT, "가나역", DigitalWorld.GU, DigitalWorld.COFFEE, "커피-음료", e, null, null, null, List.of())).id();
        DigitalDiagnosis d = world.app.digital().save(scenario, new DigitalCheckup(Map.of(DigitalItem.ORDER, Adoption.PLANNED,
                DigitalItem.MAP, Adoption.ADOPTED), 2_500_000, 200_000, 1, 40_000_000));

        ReportService reports = new ReportService(consult, KoreanFontFinder.system(),
                Clock.fixed(Instant.parse("2026-03-03T01:00:00Z"), ZoneId.of("Asia/Seoul")));
        Path pdf = reports.write(k.id(), dir.resolve("리포트.pdf"), new ReportOptions(Locale.KOREAN, false), Progress.NONE);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("디지털 전환 진단", "스마트오더·키오스크", "영업이익 (월)", "손익분기 매출 (월)", "적자 확률",
                "스마트상점 기술보급사업");
        // the pages as pictures for a look (target/screenshots/report-digital-N.png)
        assertThat(ReportPreview.pages(pdf, Path.of(System.getProperty("sanggwon.screenshots", "target/screenshots")), "report-digital", 60)).isNotEmpty();
        assertThat(text).contains(Formats.money(Math.round(d.after().pnl().operatingProfit())),
                Formats.money(Math.round(d.before().pnl().operatingProfit())),
                Formats.percent(d.after().simulation().lossProbability()));
    }
}
