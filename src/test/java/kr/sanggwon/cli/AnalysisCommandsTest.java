package kr.sanggwon.cli;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandsTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void data() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            long b = fx.batch("SALES_T", "T", "매출.csv");
            fx.industry("CS100010", "커피-음료");
            for (String code : new String[] {"3110001", "3110002"}) {
                fx.district(code, "T", "상권" + code, "A", null);
                fx.insert("sales_q", Fixture.sales(code, "CS100010", 20241, "T", 100_000_000L, b,
                        Map.of("male_amt", 0.4, "female_amt", 0.6, "age20_amt", 1.0)));
                fx.insert("stores_q", row("district_code", code, "industry_code", "CS100010", "quarter", 20241, "lvl", "T",
                        "stores", 4L, "batch_id", b));
            }
            fx.summarize();
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void compareWithOneDistrictIsAUserErrorWithAClearMessage() {
        assertThat(run("compare", "--industry", "CS100010", "3110001")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("2~4곳");
    }

    @Test
    void districtJsonCarriesKpisWithProvenance() {
        assertThat(run("district", "3110001", "--industry", "CS100010", "--json")).isZero();
        assertThat(out.toString()).contains("\"metric\" : \"SALES_PER_STORE\"", "\"value\" : 2.5E7", "\"fileName\" : \"매출.csv\"");
    }

    @Test
    void customersPrintsTheSummarySentence() {
        assertThat(run("customers", "3110001", "--industry", "CS100010")).isZero();
        assertThat(out.toString()).contains("주 고객은 20대 여성");
    }

    @Test
    void compareMarksTheBestWithAStar() {
        assertThat(run("compare", "--industry", "CS100010", "3110001", "3110002")).isZero();
        assertThat(out.toString()).contains("★", "상권3110001", "상권3110002");
    }

    @Test
    void healthPrintsTheDatasets() {
        assertThat(run("health")).isZero();
        assertThat(out.toString()).contains("추정매출-상권");
    }
}
