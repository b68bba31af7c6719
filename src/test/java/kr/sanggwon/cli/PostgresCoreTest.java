package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.store.PgTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core on a shared PostgreSQL (runs when {@link PgTestDatabase#ENV} names a test server): the same real files are
 * imported through the CLI into PostgreSQL and into the embedded H2, the sales models are trained on each, and the
 * analysis commands give the same answers about a district in them (JSON compared byte for byte, with the clock
 * times of imports and trainings taken out).
 */
class PostgresCoreTest {
    /** A 강남구 상권 with 편의점 sales and stores in all 11 quarters of the file. */
    private static final String DISTRICT = "3110955";
    private static final String OTHER = "3001496";
    private static final String INDUSTRY = "CS300002";

    @TempDir
    static Path temp;
    static PgTestDatabase pg;
    static String[] onPg;
    static String[] onH2;

    @BeforeAll
    static void importIntoBoth() throws Exception {
        assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set: no PostgreSQL to test on");
        Messages.setLocale(Locale.KOREAN);
        List<String> files = List.of(
                TestData.require(TestData.seoul("영역-상권")).toString(),
                TestData.require(TestData.MULTI.resolve("서울시 상권분석서비스(추정매출-상권)_편의점_강남구_20211-20233.csv")).toString(),
                TestData.require(TestData.MULTI.resolve("서울시 상권분석서비스(점포-상권)_편의점_강남구_20211-20233.csv")).toString());
        pg = PgTestDatabase.create();
        onPg = new String[] {"--data-dir", temp.resolve("pg").toString(), "--db-url", pg.url()};
        onH2 = new String[] {"--data-dir", temp.resolve("h2").toString()};
        for (String[] db : List.of(onPg, onH2)) {
            Run r = cli(db, with("import", files));
            assertThat(r.code).as(r.err).isZero();
            assertThat(r.out).contains("655").doesNotContain("거부 1");
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void statusSaysWhereTheDataIsAndCountsTheSameRows() {
        Run text = cli(onPg, "status");
        assertThat(text.code).isZero();
        assertThat(text.out).contains("jdbc:postgresql://").contains("currentSchema=" + pg.schema()).contains("655");
        assertSameJson("status", "--json");
    }

    @Test
    void districtHealthEstimateAndCompareAnswerAsOnH2() {
        assertSameJson("district", "--json", DISTRICT);
        assertSameJson("district", "--json", "--industry", INDUSTRY, DISTRICT);
        assertSameJson("health", "--json");
        assertSameJson("health", "--json", "--district", DISTRICT);
        assertSameJson("estimate", "--json", "--industry", INDUSTRY, "--district", DISTRICT);
        assertSameJson("estimate", "--json", "--industry", INDUSTRY, "--district", DISTRICT, "--new-shop");
        assertSameJson("compare", "--json", "--industry", INDUSTRY, DISTRICT, OTHER);
    }

    @Test
    void caseFilesAreSealedOnTheServerAndReadBack() throws Exception {
        CasePassphrase.environment = k -> CasePassphrase.ENV.equals(k) ? "pg test passphrase" : null;
        try {
            Run client = cli(onPg, "client", "add", "--name", "김서버", "--phone", "010-9876-5432", "--industry", INDUSTRY);
            assertThat(client.code).as(client.err).isZero();
            long clientId = Long.parseLong(client.out.replaceAll("(?s)\\D*(\\d+).*", "$1"));
            Run consultation = cli(onPg, "consult", "add", "--client", String.valueOf(clientId), "--place", "역삼동 사무실");
            assertThat(consultation.code).as(consultation.err).isZero();
            String consultationId = consultation.out.replaceAll("(?s)\\D*(\\d+).*", "$1");
            Run scenario = cli(onPg, "consult", "save", "--consultation", consultationId, "--district", DISTRICT, "--industry", INDUSTRY);
            assertThat(scenario.code).as(scenario.err).isZero();
            String scenarioId = scenario.out.replaceAll("(?s)\\D*(\\d+).*", "$1");
            assertThat(cli(onPg, "consult", "survey", scenarioId, "--floor", "1", "--corner", "yes").code).isZero();
            Run actual = cli(onPg, "consult", "actual", "--client", String.valueOf(clientId), "--month", "2026-10",
                    "--sales", "31000000", "--scenario", scenarioId);
            assertThat(actual.code).as(actual.err).isZero();

            Run digital = cli(onPg, "consult", "digital", scenarioId, "--adopted", "pay", "--planned", "delivery",
                    "--rent", "300만", "--staff", "1");
            assertThat(digital.code).as(digital.err).isZero();
            Run watch = cli(onPg, "consult", "watch", "add", "--client", String.valueOf(clientId), "--district", OTHER,
                    "--industry", INDUSTRY, "--note", "역 앞 편의점 자리");
            assertThat(watch.code).as(watch.err).isZero();
            assertThat(cli(onPg, "consult", "watch", "list", "--client", String.valueOf(clientId)).out).contains("김서버", "역 앞 편의점 자리");
            assertThat(cli(onPg, "consult", "digital", scenarioId).out).isNotBlank();

            Run shown = cli(onPg, "client", "show", String.valueOf(clientId));
            assertThat(shown.out).contains("김서버").contains("010-9876-5432").contains("역삼동 사무실");
            try (var c = java.sql.DriverManager.getConnection(pg.url()); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT name_enc, phone_enc FROM consult_client WHERE id = " + clientId)) {
                assertThat(rs.next()).isTrue();
                String stored = new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes(2), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(stored).doesNotContain(new String("김서버".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("9876");
            }
        } finally {
            CasePassphrase.environment = System::getenv;
        }
    }

    @Test
    void anEstimateOnPostgresHasNumbers() {
        Run r = cli(onPg, "estimate", "--industry", INDUSTRY, "--district", DISTRICT);
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("만원");
    }

    private static void assertSameJson(String... args) {
        Run p = cli(onPg, args);
        Run h = cli(onH2, args);
        assertThat(p.code).as(String.join(" ", args) + ": " + p.err).isZero();
        assertThat(h.code).as(h.err).isZero();
        assertThat(withoutClockTimes(p.out)).as(String.join(" ", args)).isEqualTo(withoutClockTimes(h.out));
    }

    /** Import and training times differ between the two runs; everything else must not. */
    static String withoutClockTimes(String json) {
        return json.replaceAll("\"(startedAt|finishedAt|trainedAt)\" : \"[^\"]*\"", "\"$1\" : \"…\"")
                .replaceAll("\"(trainMillis|millis)\" : \\d+", "\"$1\" : 0")
                .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "…");
    }

    private static String[] with(String command, List<String> args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(args);
        return all.toArray(String[]::new);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String[] db, String... args) {
        List<String> all = new ArrayList<>(List.of(db));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
