package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.workspace.WorkspaceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** consult survey: storefront facts on the command line adjust a saved scenario; the sample workspace has no case files. */
class ConsultSurveyCommandTest {
    static final String PASS = "현장 조사 암호 2026";
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.KOREAN);
        env.put(CasePassphrase.ENV, PASS);
        CasePassphrase.environment = env::get;
    }

    @AfterEach
    void restore() {
        CasePassphrase.environment = System::getenv;
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    /**
     * A scenario with a known estimate of 20,000,000 won a month (16–25 million) for the new shop: 망원1동's 80 million
     * shared by 3 coffee shops already there and the new one.
     */
    private long scenario() {
        return scenario(new ScenarioSnapshot.EstimatePart("DONG", false, 20253, 20252, null, 80_000_000, 64_000_000.0, 100_000_000.0,
                240_000_000, null, null, new ScenarioSnapshot.NewShop(3, false, 4, 20_000_000, 16_000_000, 25_000_000, 60_000_000,
                "4곳이 나눔"), List.of(), null, null, List.of(), List.of()));
    }

    private long scenario(ScenarioSnapshot.EstimatePart e) {
        try (AppContext app = AppContext.open(dir)) {
            ConsultService s = app.consult();
            s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
            long client = s.addClient(new ClientInput("정조사", null, null, null, null, null, null, null)).id();
            long k = s.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 5, 4), null, null, null, null)).id();
            return s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "망원 1층", Instant.now().toString(), "ko", 1,
                    "11440690", "망원1동", "마포구", "CS100010", "커피-음료", e, null, null, null, List.of())).id();
        }
    }

    @Test
    void surveyOptionsAdjustTheEstimateAndAFactorTurnsOffAndOnAgain() {
        long id = scenario();
        assertThat(run("consult", "survey", String.valueOf(id), "--floor", "1", "--corner", "yes", "--visibility", "hidden",
                "--traffic", "12:00/10/5", "--traffic", "18:00/10/4", "--competitor", "카페봄@30")).as(err.toString()).isZero();
        double product = 0.85 * 1.05 * 0.90 * 0.97;   // hidden, corner, low traffic (27 an hour), one competitor within 50 m
        assertThat(out.toString()).contains("기준 추정 (지역 단위): 2,000만원", "코너 자리", "보정 추정 (이 점포): "
                + kr.sanggwon.common.Formats.money(Math.round(20_000_000 * product)), "survey-factors.csv");

        assertThat(run("consult", "survey", String.valueOf(id), "--off", "corner", "--json")).isZero();
        assertThat(out.toString()).contains("\"switchedOff\" : [ \"corner\" ]", "\"monthly\" : " + 20_000_000 * (0.85 * 0.90 * 0.97));
        assertThat(run("consult", "survey", String.valueOf(id), "--on", "corner")).isZero();
        assertThat(out.toString()).contains(kr.sanggwon.common.Formats.money(Math.round(20_000_000 * product)));

        assertThat(run("consult", "survey", String.valueOf(id), "--traffic", "12:00/십분/5")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("12:00/10/85");
        assertThat(run("consult", "survey", String.valueOf(id), "--parking", "valet")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("none, nearby, own");
    }

    @Test
    void theSampleWorkspaceRefusesCaseFilesWithAClearMessage() {
        try (AppContext app = AppContext.open(dir)) {
            app.workspaceMarker().mark(WorkspaceKind.SAMPLE, null);
        }
        assertThat(run("client", "list")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("샘플 작업공간", "내 작업공간");
        assertThat(run("consult", "survey", "1")).isEqualTo(MainCommand.USER_ERROR);
    }

    @Test
    void actualSalesAreRecordedAndThePortfolioSaysCalibrationWaitsForMoreRecords() {
        long id = scenario();
        assertThat(run("consult", "actual", "--client", "1", "--scenario", String.valueOf(id), "--month", "2025-09",
                "--sales", "22000000")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2025-09", "정조사", "실제 2,200만원", "예측 2,000만원", "+10");
        assertThat(run("consult", "actual", "--client", "1", "--month", "2025-13", "--sales", "1")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("2025-13");
        assertThat(run("consult", "portfolio")).isZero();
        assertThat(out.toString()).contains("1명 고객의 1개월", "범위는 그대로", "6개월");
    }

    @Test
    void actualSalesAgainstADongTotalSavedWithoutStoreDetailsAreRefusedAndNotRecorded() {
        // 망원1동's coffee sales for all shops together: 6.65 billion won a quarter is not what one shop forecasts
        long id = scenario(new ScenarioSnapshot.EstimatePart("DONG", false, 20253, 20252, null, 2_216_000_000.0, 1_800_000_000.0,
                2_700_000_000.0, 6_648_000_000.0, null, null, null, List.of(), null, null, List.of(), List.of()));
        assertThat(run("consult", "actual", "--client", "1", "--scenario", String.valueOf(id), "--month", "2025-09",
                "--sales", "46000000")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("망원 1층", "망원1동", "가게 한 곳", "--stores N").doesNotContain("-97");
        assertThat(out.toString()).isEmpty();
        assertThat(run("consult", "portfolio")).isZero();
        assertThat(out.toString()).contains(Messages.get("consult.cli.noActuals"));
        // without a scenario the month is still recorded
        assertThat(run("consult", "actual", "--client", "1", "--month", "2025-09", "--sales", "46000000")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("정조사", "실제 4,600만원");
    }
}
