package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.digital.DigitalWorld;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** consult digital: the checklist and plan figures on the command line give now → after and the programmes, saved. */
class ConsultDigitalCommandTest {
    static final String PASS = "디지털 명령 암호 2026";
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        env.put(CasePassphrase.ENV, PASS);
        CasePassphrase.environment = env::get;
        DigitalWorld.build(dir).close();
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

    /** A scenario in 가나역 with 1,500만원 a month (1,100만–2,000만) per store (상권 grain). */
    private long scenario(String title) {
        return scenario(title, new ScenarioSnapshot.EstimatePart("TRDAR", true, 20253, 20252, 4.0, 15_000_000,
                11_000_000.0, 20_000_000.0, 45_000_000, null, null, null, List.of(), null, null, List.of(), List.of()));
    }

    private long scenario(String title, ScenarioSnapshot.EstimatePart e) {
        try (AppContext app = AppContext.open(dir)) {
            ConsultService s = app.consult();
            if (!s.vault().isSetUp()) {
                s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
            } else {
                s.vault().unlock(PASS.toCharArray());
            }
            long client = s.addClient(new ClientInput("배디지", null, null, null, null, null, null, null)).id();
            long k = s.addConsultation(client, new ConsultationInput(LocalDate.of(2026, 5, 4), null, null, null, null)).id();
            return s.saveSnapshot(k, new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, title, Instant.now().toString(), "ko", 1,
                    DigitalWorld.DISTRICT, "가나역", DigitalWorld.GU, DigitalWorld.COFFEE, "커피-음료", e, null, null, null, List.of())).id();
        }
    }

    @Test
    void optionsRecordTheCheckupAndPrintNowAfterAndProgrammesAsJsonAndText() throws Exception {
        long id = scenario("가나역 1층");
        assertThat(run("consult", "digital", String.valueOf(id), "--adopted", "pay", "--planned", "order,map", "--rent", "250만",
                "--staff", "1", "--investment", "4000만", "--json")).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("items").get("order").asText()).isEqualTo("planned");
        assertThat(j.get("items").get("pay").asText()).isEqualTo("adopted");
        assertThat(j.get("rent").asDouble()).isEqualTo(2_500_000);
        // the bundled 스마트오더 row (7만원 a month for CS1 industries) is in the after plan and not in the before one
        assertThat(j.get("effect").get("monthlyFees").asDouble()).isEqualTo(70_000);
        assertThat(j.get("before").get("sales").get("monthly").asDouble()).isEqualTo(15_000_000);
        double before = j.get("before").get("operatingProfit").asDouble();
        double after = j.get("after").get("operatingProfit").asDouble();
        assertThat(after).isNotEqualTo(before);
        assertThat(j.get("programmes").findValuesAsText("id")).contains("smart_shop").doesNotContain("zeropay");
        assertThat(j.get("itemsFile").asText()).endsWith("digital-items.csv");

        // without options: the saved checkup, as text
        assertThat(run("consult", "digital", String.valueOf(id))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("디지털 전환 진단", "스마트오더·키오스크: 도입 계획", "간편결제 (QR·모바일): 지금 사용",
                "영업이익 (월): 지금 " + Formats.money(Math.round(before)) + " → 도입 후 " + Formats.money(Math.round(after)),
                "스마트상점 기술보급사업", "digital-programmes.csv");
        // one option changes that part only
        assertThat(run("consult", "digital", String.valueOf(id), "--none", "order", "--json")).isZero();
        JsonNode k = new ObjectMapper().readTree(out.toString());
        assertThat(k.get("items").get("order").asText()).isEqualTo("none");
        assertThat(k.get("items").get("map").asText()).isEqualTo("planned");
        assertThat(k.get("rent").asDouble()).isEqualTo(2_500_000);
    }

    @Test
    void aFirstCheckupNeedsRentAndStaffAndUnknownToolsAreListed() {
        long id = scenario("가나역 2층");
        assertThat(run("consult", "digital", String.valueOf(id), "--planned", "order")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--rent", "--staff");
        assertThat(run("consult", "digital", String.valueOf(id), "--planned", "robot", "--rent", "200만", "--staff", "0"))
                .isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("robot", "pay, delivery, online, order, map, books");
        assertThat(run("consult", "digital", String.valueOf(id), "--rent", "많이", "--staff", "0")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("많이");
    }

    @Test
    void aBrokenProgrammesFileIsNamedWithItsLineAndColumnAndNothingIsSaved() throws Exception {
        long id = scenario("가나역 3층");
        Path file = dir.resolve("digital-programmes.csv");
        assertThat(run("consult", "digital", String.valueOf(id), "--planned", "map", "--rent", "200만", "--staff", "0")).isZero();
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(file));
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("zeropay,")) {
                lines.set(i, lines.get(i).replace("zeropay,2025,", "zeropay,이천이십오,"));
                row = i + 1;
            }
        }
        java.nio.file.Files.write(file, lines);
        assertThat(run("consult", "digital", String.valueOf(id), "--planned", "order")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains(file.toString(), row + "행 2열");
        java.nio.file.Files.writeString(file, "");   // emptied by mistake: no programme, but the diagnosis still works
        assertThat(run("consult", "digital", String.valueOf(id), "--json")).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("items").get("order").asText()).isEqualTo("none");
    }

    @Test
    void aDongTotalSavedWithoutStoreDetailsIsRefusedWithWhatToDoAndNothingIsSaved() throws Exception {
        // the whole area's coffee sales (22억 a month), not one shop's: a profit on it would be billions
        long cell = scenario("가나동 전체", new ScenarioSnapshot.EstimatePart("DONG", false, 20253, 20252, null, 2_216_000_000.0,
                1_800_000_000.0, 2_700_000_000.0, 6_648_000_000.0, null, null, null, List.of(), null, null, List.of(), List.of()));
        assertThat(run("consult", "digital", String.valueOf(cell), "--planned", "order", "--rent", "250만", "--staff", "1", "--json"))
                .isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("가나동 전체", "가나역", "가게 한 곳", "--stores N");
        assertThat(out.toString()).isEmpty();
        // nothing was saved: without plan options it is still a first checkup
        assertThat(run("consult", "digital", String.valueOf(cell))).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--rent");

        // the same 행정동 total split by the stores given (3 there + the new shop) is one shop's month, and is diagnosed
        long split = scenario("가나동 4곳 기준", new ScenarioSnapshot.EstimatePart("DONG", false, 20253, 20252, null, 60_000_000,
                44_000_000.0, 80_000_000.0, 180_000_000, null, null, new ScenarioSnapshot.NewShop(3, false, 4, 15_000_000, 11_000_000,
                20_000_000, 45_000_000, "4곳이 나눔"), List.of(), null, null, List.of(), List.of()));
        assertThat(run("consult", "digital", String.valueOf(split), "--planned", "order", "--rent", "250만", "--staff", "1", "--json"))
                .as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("before").get("sales").get("monthly").asDouble()).isEqualTo(15_000_000);
    }
}
