package kr.sanggwon.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.sanggwon.cli.MainCommand;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** recommend on the command line: bad input gives a clear message and exit 1; good input prints, JSON and CSV. */
class RecommendCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    private static void world(Path dir) throws Exception {
        try (Fixture f = new Fixture(dir)) {
            f.industry("CS100010", "커피-음료").industry("CS300002", "편의점");
            for (int i = 0; i < 12; i++) {
                String code = String.valueOf(3110200 + i);
                f.district(code, "T", "상권" + i, "A", "11620515");
                for (int q : new int[] {20241, 20242}) {
                    f.insert("sales_q", Fixture.row("district_code", code, "industry_code", "CS100010", "quarter", q, "lvl", "T",
                            "sales_amt", 100_000_000L + i * 7_000_000L + q % 10));
                    f.insert("stores_q", Fixture.row("district_code", code, "industry_code", "CS100010", "quarter", q, "lvl", "T",
                            "stores", 5L + i % 4, "close_rate", 2.0 + i % 3, "close_count", 1L));
                }
            }
            f.batch("SALES", "T", "constructed");
            f.summarize();
        }
    }

    @Test
    void unknownIndustryAndIndustryWithoutDataAreUserErrorsWithAMessage(@TempDir Path dir) throws Exception {
        world(dir);
        Run unknown = run(dir, "recommend", "--industry", "CS999999");
        assertThat(unknown.code()).isEqualTo(MainCommand.USER_ERROR);
        assertThat(unknown.err()).contains("CS999999").doesNotContain("Exception");
        Run empty = run(dir, "recommend", "--industry", "CS300002");
        assertThat(empty.code()).isEqualTo(MainCommand.USER_ERROR);
        assertThat(empty.err()).contains("편의점").contains("매출 데이터가 없습니다");
        Run neither = run(dir, "recommend");
        assertThat(neither.code()).isEqualTo(MainCommand.USER_ERROR);
        Run badType = run(dir, "recommend", "--industry", "CS100010", "--type", "X");
        assertThat(badType.code()).isEqualTo(MainCommand.USER_ERROR);
    }

    @Test
    void ranksPrintsJsonWritesCsvAndSavesPresets(@TempDir Path dir) throws Exception {
        world(dir);
        Run text = run(dir, "recommend", "--industry", "CS100010", "--top", "3", "--estimates", "0");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("커피-음료").contains("1. 상권8 ").doesNotContain("행정동 값");   // most sales per store; no floating data at all
        Path csv = dir.resolve("r.csv");
        Run json = run(dir, "recommend", "--industry", "CS100010", "--weights", "SALES=0,COMPETITION=1", "--save-preset", "내 방식",
                "--top", "0", "--estimates", "0", "--json", "--csv", csv.toString());
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"matching\" : 12").contains("\"why\"");
        assertThat(Files.readAllLines(csv)).hasSize(13).first().asString().startsWith("순위,코드,이름");
        Run saved = run(dir, "recommend", "--industry", "CS100010", "--preset", "내 방식", "--top", "1", "--estimates", "0");
        assertThat(saved.code()).isZero();
        assertThat(saved.out()).contains("점포당 매출 0.0");
    }
}
