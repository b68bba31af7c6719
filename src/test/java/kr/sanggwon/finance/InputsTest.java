package kr.sanggwon.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed money, the validator's problems and their messages in both languages, the target check. */
class InputsTest {
    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            350000        | 350000
            3,500,000원   | 3500000
            350만         | 3500000
            350만원       | 3500000
            1.5억         | 150000000
            1억 2000만    | 120000000
            -5만          | -50000
            """)
    void readsMoneyAsPeopleTypeIt(String text, double won) {
        assertThat(MoneyInput.parse(text)).isEqualTo(won);
    }

    @ParameterizedTest
    @CsvSource({"abc", "'3만 원 정도'", "''", "1..5억"})
    void refusesTextThatIsNotAnAmount(String text) {
        assertThat(MoneyInput.parse(text)).isNaN();
    }

    private static Plan plan(double sales, double rent, double cogs) {
        return new Plan(sales, new Investment(0, 0, 10_000_000, 0), rent, 0, 0, 1, 2_000_000, 0.1, 0.08, false, 0, cogs, 0.01, 0.1,
                0.1, 0.03, Loan.NONE, 5);
    }

    @Test
    void aSoundPlanHasNoProblems() {
        assertThat(PlanValidator.check(plan(10_000_000, 2_000_000, 0.3), 8_000_000, 12_000_000)).isEmpty();
    }

    @Test
    void negativeAndAbsurdMoneyAreRefusedWithAClearMessage() {
        List<Problem> negative = PlanValidator.check(plan(10_000_000, -1, 0.3), Double.NaN, Double.NaN);
        assertThat(negative).extracting(Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Field.RENT, "finance.invalid.negative"));
        assertThat(negative.get(0).localized()).isEqualTo("월 임대료: 0 이상의 금액을 입력하세요 (예: 350만, 1.5억).");

        List<Problem> absurd = PlanValidator.check(plan(1_000_000, 20_000_000, 0.3), Double.NaN, Double.NaN);
        assertThat(absurd).extracting(Problem::key).containsExactly("finance.invalid.rentVsSales");
        assertThat(absurd.get(0).localized()).contains("월 임대료 2,000만원", "월 매출 100만원", "10배");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(absurd.get(0).localized()).isEqualTo(
                "Monthly rent: Monthly rent 20.0 million KRW is more than 10 times monthly sales 1.0 million KRW. Check the amount or its unit.");
    }

    @Test
    void missingSalesRatiosOverOneAndALoanWithoutATermAreEachNamed() {
        Plan p = new Plan(Double.NaN, Investment.NONE, 0, 0, 0, 0, 0, 0, 0, false, 0, 1.2, 0.01, 0.1, 0, 0,
                new Loan(10_000_000, 0.05, 0), 5);
        assertThat(PlanValidator.check(p, Double.NaN, Double.NaN)).extracting(Problem::field)
                .containsExactly(Field.SALES, Field.COGS, Field.LOAN_TERM);
        assertThat(PlanValidator.check(plan(10_000_000, 1, 0.97), Double.NaN, Double.NaN)).extracting(Problem::key)
                .containsExactly("finance.invalid.variableOver100");
        assertThat(PlanValidator.check(plan(10_000_000, 1, 0.3), 12_000_000, 15_000_000)).extracting(Problem::field)
                .containsExactly(Field.SALES_RANGE);
        FinanceInputException e = new FinanceInputException(PlanValidator.check(p, Double.NaN, Double.NaN));
        assertThat(e.localized()).startsWith("입력값 3개를 확인하세요:").contains("월 매출을 입력하거나", "대출 기간");
    }

    @Test
    void targetCheckSaysHowManyDistrictsReachTheBreakEven() {
        List<Double> perStore = List.of(1e6, 2e6, 3e6, 4e6, 5e6, 6e6, 7e6, 8e6, 9e6, 10e6, Double.NaN, 0.0);
        TargetCheck t = TargetCheck.of(TargetCheck.Scope.GU, "가상구", 20244, perStore, 8.5e6);
        assertThat(t.districts()).isEqualTo(10);
        assertThat(t.atOrAbove()).isEqualTo(2);
        assertThat(t.topShare()).isEqualTo(0.2);
        assertThat(t.median()).isEqualTo(5.5e6);
        assertThat(FinanceText.target(t, "커피-음료")).isEqualTo(
                "이 손익분기 매출(월 850만원)은 가상구 커피-음료 상권 10곳의 점포당 평균 매출 중 상위 20.0% 수준입니다 (중앙값 월 550만원).");
        TargetCheck above = TargetCheck.of(TargetCheck.Scope.SEOUL, null, 20244, perStore, 11e6);
        assertThat(above.atOrAbove()).isZero();
        assertThat(FinanceText.target(above, "커피-음료")).contains("서울 전체", "모두 높습니다");
        assertThat(TargetCheck.of(TargetCheck.Scope.SEOUL, null, 20244, List.of(), 1e6)).isNull();
    }
}
