package kr.sanggwon.cli;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * District and industry arguments of every command: codes are checked against the data (unknown → exit 1 and a clear
 * message), an industry code in lower case and names a user would type are accepted when they name one place.
 */
class InputResolutionTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void data() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        try (Fixture fx = new Fixture(dir)) {
            long b = fx.batch("SALES_T", "T", "매출.csv");
            fx.industry("CS100010", "커피-음료");
            fx.industry("CS100001", "한식음식점");
            fx.industry("CS100002", "중식음식점");
            fx.district("3120157", "T", "신림역(신림)", "D", null);
            fx.district("3110880", "T", "신림역 1번", "A", null);
            fx.district("3110877", "T", "신림역 8번", "A", null);
            fx.district("3110872", "T", "신림초등학교", "A", null);
            fx.district("11620695", "D", "신림동", null, null);
            for (String code : new String[] {"3120157", "3110880", "3110877", "3110872"}) {
                fx.insert("sales_q", Fixture.sales(code, "CS100010", 20241, "T", 100_000_000L, b,
                        Map.of("male_amt", 0.4, "female_amt", 0.6, "age20_amt", 1.0)));
                fx.insert("stores_q", row("district_code", code, "industry_code", "CS100010", "quarter", 20241, "lvl", "T",
                        "stores", 4L, "batch_id", b));
            }
            fx.summarize();
        }
    }

    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
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

    @Test
    void anUnknownIndustryCodeIsRefusedByEveryCommandThatTakesOne() {
        String[][] commands = {
            {"estimate", "--district", "3120157", "--industry", "CS999999"},
            {"district", "3120157", "--industry", "CS999999"},
            {"customers", "3120157", "--industry", "CS999999"},
            {"compare", "--industry", "CS999999", "3120157", "3110880"},
            {"lookalike", "3120157", "--industry", "CS999999"},
        };
        for (String[] c : commands) {
            assertThat(run(c)).as(String.join(" ", c)).isEqualTo(MainCommand.USER_ERROR);
            assertThat(err.toString()).as(String.join(" ", c)).contains("'CS999999'와 맞는 업종이 없습니다", "CS100010 커피-음료");
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test
    void anUnknownDistrictIsRefusedByEveryCommandThatTakesOneWithTheRightParticle() {
        String[][] commands = {
            {"estimate", "--district", "물빛역", "--industry", "CS100010"},
            {"district", "물빛역"},
            {"customers", "물빛역"},
            {"compare", "--industry", "CS100010", "3120157", "물빛역"},
            {"lookalike", "물빛역"},
            {"health", "--district", "물빛역"},
        };
        for (String[] c : commands) {
            assertThat(run(c)).as(String.join(" ", c)).isEqualTo(MainCommand.USER_ERROR);
            assertThat(err.toString()).as(String.join(" ", c)).contains("'물빛역'과 맞는 상권·행정동이 없습니다").doesNotContain("를");
        }
        assertThat(run("district", "9999999")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("'9999999'와 맞는");
    }

    @Test
    void aLowerCaseIndustryCodeAndANameAreAcceptedAsTheCode() {
        assertThat(run("district", "3120157", "--industry", "cs100010", "--json")).isZero();
        assertThat(out.toString()).contains("\"industryCode\" : \"CS100010\"");
        assertThat(run("district", "3120157", "--industry", "커피-음료", "--json")).isZero();
        assertThat(out.toString()).contains("\"industryCode\" : \"CS100010\"");
        assertThat(run("district", "3120157", "--industry", "커피", "--json")).isZero();
        assertThat(out.toString()).contains("\"industryCode\" : \"CS100010\"");
    }

    @Test
    void aDistrictNameResolvesWhenItNamesOnePlace() {
        // "신림역" is the name of 3120157 without its parenthesis; "신림역 1번" and "신림역 8번" only contain it
        assertThat(run("district", "신림역", "--json")).isZero();
        assertThat(out.toString()).contains("\"code\" : \"3120157\"");
        assertThat(run("district", "신림동", "--json")).isZero();
        assertThat(out.toString()).contains("\"code\" : \"11620695\"");
        assertThat(run("district", "신림초", "--json")).isZero();
        assertThat(out.toString()).contains("\"code\" : \"3110872\"");
        assertThat(run("compare", "--industry", "커피", "신림역", "신림역 1번")).isZero();
        assertThat(out.toString()).contains("3120157", "3110880");
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndExitsNonZero() {
        assertThat(run("district", "신림")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("'신림'에 맞는 곳이 5곳입니다", "3120157 신림역(신림)", "3110880 신림역 1번", "11620695 신림동");
        assertThat(run("district", "3120157", "--industry", "음식점")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("업종이 2개", "CS100001 한식음식점", "CS100002 중식음식점");
    }

    @Test
    void messagesFollowTheLanguage() {
        assertThat(run("--lang", "en", "district", "Nowhere")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("No 상권 or 행정동 in the imported data matches 'Nowhere'");
    }
}
