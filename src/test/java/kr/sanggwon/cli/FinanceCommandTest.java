package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** finance on constructed data: JSON figures, comparison, and exit code 1 with a message (never a stack trace) on bad input. */
class FinanceCommandTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void data() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        try (Fixture f = new Fixture(dir)) {
            f.industry("CS100010", "커피-음료").industry("CS100001", "한식음식점");
            f.insert("district", Fixture.row("code", "3000001", "lvl", "T", "name", "가나역", "gu_name", "가나구", "from_master", true));
            f.insert("district", Fixture.row("code", "3000002", "lvl", "T", "name", "가나시장", "gu_name", "가나구", "from_master", true));
            long batch = f.batch("sales", "T", "constructed.csv");
            for (String[] c : new String[][] {{"3000001", "60000000", "10000", "4"}, {"3000002", "90000000", "15000", "3"}}) {
                f.insert("sales_q", Fixture.row("district_code", c[0], "industry_code", "CS100010", "quarter", 20244, "lvl", "T",
                        "sales_amt", Long.parseLong(c[1]), "sales_cnt", Long.parseLong(c[2]), "batch_id", batch));
                f.insert("stores_q", Fixture.row("district_code", c[0], "industry_code", "CS100010", "quarter", 20244, "lvl", "T",
                        "stores", Long.parseLong(c[3]), "batch_id", batch));
            }
            f.summarize();
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private static final String[] PLAN = {"finance", "--district", "3000001", "--industry", "CS100010", "--investment", "3000만",
        "--rent", "330만", "--maintenance", "40만", "--staff", "0", "--set", "cogs_ratio=0.3", "--set", "other_cost_ratio=0",
        "--set", "card_fee_rate=0", "--set", "delivery_share=0", "--set", "utilities_monthly=0"};

    /** The plan with {@code more} options: an option already in the plan gets the new value, others are added. */
    private static String[] plan(String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(PLAN));
        for (int i = 0; i < more.length; i++) {
            int at = more[i].startsWith("--") && !more[i].equals("--set") ? all.indexOf(more[i]) : -1;
            boolean flag = i + 1 >= more.length || more[i + 1].startsWith("--");
            if (at >= 0 && !flag) {
                all.set(at + 1, more[++i]);
            } else {
                all.add(more[i]);
            }
        }
        return all.toArray(String[]::new);
    }

    @Test
    void jsonHasBreakEvenPaybackLossProbabilityAndThePnl() {
        assertThat(run(plan("--sales", "800만", "--sales-low", "600만", "--sales-high", "1000만", "--seed", "5", "--json"))).isZero();
        String json = out.toString();
        // (330만 + 40만 + 50만 depreciation) / 0.7
        assertThat(json).contains("\"breakEvenSales\" : 6000000.0", "\"paybackMonths\" : 15.789473684210526",
                "\"averageTicket\" : 6000.0", "\"line\" : \"operating_profit\"", "\"analyticLossProbability\" : 0.1000000",
                "\"seed\" : 5", "\"basis\" : \"district-average-per-store\"", "\"origin\" : \"typed\"");
        assertThat(json).containsPattern("\"lossProbability\" : 0\\.(09|10|11)");
        String again = json;
        assertThat(run(plan("--sales", "800만", "--sales-low", "600만", "--sales-high", "1000만", "--seed", "5", "--json"))).isZero();
        assertThat(out.toString()).isEqualTo(again);
    }

    @Test
    void textNamesBreakEvenCustomersAndTheTargetInKoreanAndEnglish() {
        assertThat(run(plan("--sales", "800만"))).isZero();
        assertThat(out.toString()).contains("손익분기 월 매출 600만원", "하루 손님 33명", "상위 50.0%", "적자 확률(몬테카를로)을 계산하지 않았습니다");
        String[] ko = plan("--sales", "800만");
        String[] en = new String[ko.length + 2];
        en[0] = "--lang";
        en[1] = "en";
        System.arraycopy(ko, 0, en, 2, ko.length);
        assertThat(run(en)).isZero();
        assertThat(out.toString()).contains("Break-even monthly sales 6.0 million KRW", "33 customers a day", "top 50.0%");
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void comparingTwoRentsPrintsBothColumns() {
        assertThat(run(plan("--sales", "800만", "--compare-rent", "120만", "--json"))).isZero();
        assertThat(out.toString()).contains("\"scenario\" : \"rent\"", "\"base\"", "\"variant\"", "\"breakEvenSales\" : 3000000.0");
        assertThat(run(plan("--sales", "800만", "--compare-rent", "120만"))).isZero();
        assertThat(out.toString()).contains("나란히 비교 (다른 임대료)", "120만원", "330만원");
    }

    @Test
    void badInputExitsWithOneAndAMessage() {
        assertThat(run(plan("--sales", "100만", "--rent", "2000만"))).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("월 임대료 2,000만원이 월 매출 100만원의 10배를 넘습니다").doesNotContain("Exception");
        assertThat(run(plan("--sales", "800만", "--maintenance", "-40만"))).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("월 관리비: 0 이상의 금액");
        assertThat(run(plan("--sales", "팔백"))).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("금액 '팔백'을 읽을 수 없습니다");
        assertThat(run(plan("--sales", "800만", "--set", "cogs=0.3"))).isEqualTo(MainCommand.USER_ERROR);
        // no models trained: without --sales there is no estimate to work from
        assertThat(run(plan())).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("예상 매출이 없어");
        String[] korean = plan("--sales", "800만");
        korean[4] = "CS100001";
        assertThat(run(korean)).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("가나역에는 한식음식점 매출 자료가 없습니다");
    }
}
