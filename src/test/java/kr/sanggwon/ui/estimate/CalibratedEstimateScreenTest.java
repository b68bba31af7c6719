package kr.sanggwon.ui.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.CalibratedRange;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.RangeCalibration;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.ui.UiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 예상 매출 with enough 사후 점검 records: "내 상담 기록으로 보정한 범위" appears under the model's 80% range (which stays
 * as it was), with the records it rests on — and goes away when the case files are locked.
 */
@ExtendWith(ApplicationExtension.class)
class CalibratedEstimateScreenTest {
    private static final String DISTRICT = "3118007";
    private static final String PASS = "보정 범위 화면 2026";
    @TempDir
    static Path dataDir;
    static AppContext app;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void sampleModelsAndRecords() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        app = UiTestSupport.openData(dataDir);
        app.sampleLoader().resetToSample(Progress.NONE);
        app.estimateService().train(Progress.NONE);
        ConsultService s = app.consult();
        s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
        // three shops forecast at 2,000만 (1,600만–2,500만) that sold well off it: the ranges should widen
        long[] sales = {12_000_000, 31_000_000, 15_000_000, 28_000_000, 33_000_000, 11_000_000};
        for (int c = 0; c < 3; c++) {
            long client = s.addClient(new ClientInput("점검 고객 " + c, null, null, null, null, null, null, null)).id();
            long k = s.addConsultation(client, new ConsultationInput(LocalDate.of(2025, 1, 10), null, null, null, null)).id();
            ScenarioSnapshot.EstimatePart e = new ScenarioSnapshot.EstimatePart("TRDAR", true, 20251, 20244, 4.0, 20_000_000,
                    16_000_000.0, 25_000_000.0, 60_000_000, 48_000_000.0, 75_000_000.0, null, List.of(), null, null, List.of(),
                    List.of());
            long scenario = s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "가게 " + c, Instant.now().toString(), "ko", 1,
                    DISTRICT, "가람역 1번", null, "CS100010", "커피-음료", e, null, null, null, List.of())).id();
            s.afterOpening().record(client, scenario, YearMonth.of(2025, 3), sales[c]);
            s.afterOpening().record(client, scenario, YearMonth.of(2025, 4), sales[c + 3]);
        }
    }

    @AfterAll
    static void closeData() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    @Test
    void theCalibratedRangeIsShownBesideTheModelsWhileTheCaseFilesAreOpen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.window().context().selection().setDistrict(DISTRICT);
            shell.window().context().selection().setIndustry("CS100010");
        });
        robot.clickOn("#nav-estimate");
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-calibrated").tryQuery().isPresent(), 30);
        Estimate e = app.estimateService().estimate(DISTRICT, "CS100010");
        RangeCalibration c = app.consult().afterOpening().calibration();
        CalibratedRange expected = CalibratedRange.of(c, e.monthly(), e.monthlyLow(), e.monthlyHigh(), e.quarterly(), e.quarterlyLow(),
                e.quarterlyHigh());
        assertThat(c.k()).isGreaterThan(1);
        assertThat(robot.lookup("#estimate-calibrated").queryAs(Label.class).getText()).isEqualTo("내 상담 기록으로 보정한 범위: 월 "
                + Formats.money(Math.round(expected.monthlyLow())) + " ~ " + Formats.money(Math.round(expected.monthlyHigh())));
        // the model's own range is still shown as it was
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t != null && t.contains(Formats.money(Math.round(e.monthlyLow())))
                        && t.contains(Formats.money(Math.round(e.monthlyHigh()))) && !t.contains("보정"));
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t != null && t.contains("사후 점검 6건(고객 3명)"));
        UiTestSupport.screenshot(shell.scene(), "estimate-calibrated");

        // locked: only the model's range
        robot.interact(() -> app.consult().vault().lock());
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#nav-estimate");
        UiTestSupport.waitUntil(() -> robot.lookup("#estimate-calibrated").tryQuery().isEmpty()
                && robot.lookup("#estimate-monthly").tryQuery().isPresent(), 20);
    }
}
