package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.AnalysisWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line twins of "시나리오로 저장": finance and recommend save into 상담 (a new scenario or an existing one),
 * and estimate --calibrated adds this consultant's calibrated range beside the model's.
 */
class AnalysisSaveCommandsTest {
    static final String PASS = "명령줄 저장 암호 2026";
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.KOREAN);
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

    /** Runs and expects exit 0, showing what the command said otherwise. */
    private void ok(String... args) {
        int code = run(args);
        assertThat(code).as(() -> String.join(" ", args) + " → " + err + out).isZero();
    }

    /** Runs with --json and returns the top-level "id" of what was made (ids come from one sequence for all tables). */
    private String id(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--json";
        ok(all);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^  \"id\" : (\\d+)").matcher(out.toString());
        assertThat(m.find()).as(out::toString).isTrue();
        return m.group(1);
    }

    private static final String[] PLAN = {"finance", "--district", AnalysisWorld.FIRST, "--industry", "CS100010", "--investment",
        "3000만", "--rent", "330만", "--maintenance", "40만", "--staff", "0", "--sales", "800만", "--sales-low", "600만",
        "--sales-high", "1000만", "--set", "cogs_ratio=0.3", "--seed", "5"};

    private static String[] plan(String... more) {
        String[] all = new String[PLAN.length + more.length];
        System.arraycopy(PLAN, 0, all, 0, PLAN.length);
        System.arraycopy(more, 0, all, PLAN.length, more.length);
        return all;
    }

    @Test
    void financeAndRecommendSaveIntoAConsultationAsNewOrIntoAnExistingScenario() throws Exception {
        AnalysisWorld.build(dir).close();
        assertThat(run(plan("--save-to-consultation", "1"))).as("no passphrase").isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("SANGGWON_PASSPHRASE");

        env.put("SANGGWON_PASSPHRASE", PASS);
        String client = id("client", "add", "--name", "한도윤");
        String k = id("consult", "add", "--client", client, "--date", "2026-04-02");
        ok(plan("--save-to-consultation", k, "--title", "1층 계획", "--json"));
        assertThat(out.toString()).contains("\"savedScenario\" : ");
        String breakEven = field(out.toString(), "\"breakEvenSales\"").replace(",", "");
        String first = out.toString().replaceAll("(?s).*\"savedScenario\" : (\\d+).*", "$1");
        ok(plan("--save-to-consultation", k));
        assertThat(out.toString()).contains("손익분기", "저장: 수익 분석 · 상권0 · 커피-음료");

        ok("recommend", "--industry", "CS100010", "--top", "3", "--preset", "stable", "--save-to-scenario", first);
        assertThat(out.toString()).contains("시나리오 " + first + "번에 붙였습니다: 1층 계획");
        ok("consult", "scenarios", "--consultation", k, "--json");
        String scenarios = out.toString();
        assertThat(scenarios).contains("\"title\" : \"1층 계획\"", breakEven,
                "\"presetKey\" : \"recommend.preset.stable\"", "\"rank\" : 3").doesNotContain("\"rank\" : 4");
        ok("recommend", "--industry", "CS100010", "--gu", "가상구", "--save-to-consultation", k, "--json");
        assertThat(out.toString()).contains("\"savedScenario\" : ");

        // what cannot be saved is refused with a message, and nothing is written
        assertThat(run("recommend", "--industry", "CS100010", "--save-to-consultation", k, "--save-to-scenario", first))
                .isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("하나만");
        assertThat(run("recommend", "--district", AnalysisWorld.FIRST, "--save-to-scenario", first)).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--industry");
        assertThat(run(plan("--compare-rent", "200만", "--save-to-scenario", first))).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("비교");
        assertThat(run(plan("--save-to-scenario", "99999"))).isEqualTo(MainCommand.USER_ERROR);
        ok("consult", "scenarios", "--consultation", k, "--json");
        assertThat(out.toString().split("newerDataExists", -1)).hasSize(4);     // still the three saved above
    }

    @Test
    void estimateCalibratedAddsTheRangeFromEnoughAfterOpeningRecordsBesideTheModels() {
        ok("import", "--no-train", TestData.require(TestData.seoul("추정매출-행정동")).toString());
        ok("train");
        String[] estimate = {"estimate", "--district", "11110615", "--industry", "CS100010", "--calibrated"};
        assertThat(run(estimate)).as("no passphrase").isEqualTo(MainCommand.USER_ERROR);

        env.put("SANGGWON_PASSPHRASE", PASS);
        String[] clients = new String[3];
        String[] scenarios = new String[3];
        for (int c = 0; c < 3; c++) {
            clients[c] = id("client", "add", "--name", "고객" + c);
            String k = id("consult", "add", "--client", clients[c], "--date", "2026-01-0" + (c + 1));
            scenarios[c] = id("consult", "save", "--consultation", k, "--district", "11110615", "--industry", "CS100010", "--stores", "8");
        }
        ok(estimate);
        assertThat(out.toString()).contains("내 상담 기록으로 보정하지 않았습니다: 사후 점검 0건");

        // six months from three clients, well off the forecast: the range widens
        long[] sales = {9_000_000, 60_000_000, 15_000_000, 40_000_000, 70_000_000, 8_000_000};
        for (int m = 0; m < 6; m++) {
            ok("consult", "actual", "--client", clients[m % 3], "--scenario", scenarios[m % 3], "--month", "2025-0" + (m + 1),
                    "--sales", String.valueOf(sales[m]));
        }
        ok(plus(estimate, "--json"));
        String json = out.toString();
        assertThat(json).contains("\"calibration\"", "\"active\" : true", "\"records\" : 6", "\"clients\" : 3", "\"calibratedRange\"",
                "\"monthlyLow\"", "\"monthlyHigh\"", "\"quarterlyLow\"");
        // the model's own range is still there, unchanged
        ok("estimate", "--district", "11110615", "--industry", "CS100010", "--json");
        String plain = out.toString();
        assertThat(plain).doesNotContain("calibratedRange");
        assertThat(json).contains(field(plain, "\"monthlyLow\""));
        ok(estimate);
        assertThat(out.toString()).contains("내 상담 기록으로 보정한 범위: 월", "사후 점검 6건·고객 3명");

        assertThat(run("estimate", "--all", "--industry", "CS100010", "--calibrated")).isEqualTo(MainCommand.USER_ERROR);
    }

    private static String[] plus(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }

    /** The first line of {@code json} holding {@code name}. */
    private static String field(String json, String name) {
        return json.lines().filter(l -> l.contains(name)).findFirst().orElseThrow().trim();
    }
}
