package kr.sanggwon.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The monthly P&L, break-even and payback against a case worked out by hand. */
class ProfitCalculationTest {
    /**
     * Sales 1,000만원; cost of goods 30%, other 3%, card 1% on the 80% not delivered, app commission 10% on the 20%
     * delivered → variable 35.8%. One staff at 200만 + 20% insurance and severance, rent 150만, 관리비 20만, utilities
     * 30만, interior 3,600만 + equipment 2,400만 over 5 years (100만 a month), loan 3,000만 at 6% (15만 interest).
     */
    static Plan handCase() {
        return new Plan(10_000_000, new Investment(20_000_000, 10_000_000, 36_000_000, 24_000_000), 1_500_000, 200_000, 300_000,
                1, 2_000_000, 0.1, 0.1, false, 2_000_000, 0.30, 0.01, 0.10, 0.20, 0.03,
                new Loan(30_000_000, 0.06, 60), 5);
    }

    @Test
    void monthlyPnlMatchesTheHandComputedCase() {
        Pnl p = Pnl.of(handCase());
        assertThat(p.amount(PnlLine.Kind.COGS)).isEqualTo(-3_000_000, within(0.01));
        assertThat(p.amount(PnlLine.Kind.CARD_FEES)).isEqualTo(-80_000, within(0.01));
        assertThat(p.amount(PnlLine.Kind.DELIVERY_FEES)).isEqualTo(-200_000, within(0.01));
        assertThat(p.amount(PnlLine.Kind.OTHER_VARIABLE)).isEqualTo(-300_000, within(0.01));
        assertThat(p.amount(PnlLine.Kind.STAFF_WAGES)).isEqualTo(-2_000_000, within(0.01));
        assertThat(p.amount(PnlLine.Kind.STAFF_OVERHEAD)).isEqualTo(-400_000, within(0.01));
        assertThat(p.amount(PnlLine.Kind.OWNER_LABOUR)).isZero();
        assertThat(p.amount(PnlLine.Kind.DEPRECIATION)).isEqualTo(-1_000_000, within(0.01));
        assertThat(p.variableRatio()).isEqualTo(0.358, within(1e-12));
        assertThat(p.fixedCosts()).isEqualTo(5_550_000, within(0.01));
        assertThat(p.operatingProfit()).isEqualTo(1_020_000, within(0.01));
        assertThat(p.operatingMargin()).isEqualTo(0.102, within(1e-9));
        assertThat(p.interest()).isEqualTo(150_000, within(0.01));
        assertThat(p.profitBeforeTax()).isEqualTo(870_000, within(0.01));
        // the lines add up: sales + every cost line = operating profit
        double sum = p.lines().stream().filter(l -> l.kind().ordinal() < PnlLine.Kind.OPERATING_PROFIT.ordinal())
                .mapToDouble(PnlLine::amount).sum();
        assertThat(sum).isEqualTo(p.operatingProfit(), within(0.01));
    }

    @Test
    void breakEvenIsFixedCostsOverContributionMarginAndGivesZeroProfit() {
        Pnl p = Pnl.of(handCase());
        assertThat(p.breakEvenSales()).isEqualTo(5_550_000 / 0.642, within(0.01));
        Pnl atBreakEven = Pnl.of(handCase().withSales(p.breakEvenSales()));
        assertThat(atBreakEven.profitBeforeTax()).isEqualTo(0, within(0.01));
    }

    @Test
    void paybackRecoversEverythingButTheDepositFromCashBeforeDepreciation() {
        Pnl p = Pnl.of(handCase());
        assertThat(p.monthlyCash()).isEqualTo(1_870_000, within(0.01));
        assertThat(p.paybackMonths()).isEqualTo(70_000_000 / 1_870_000.0, within(1e-9));
        // a shop losing cash never pays back
        assertThat(Pnl.of(handCase().withSales(5_000_000)).paybackMonths()).isInfinite();
        assertThat(Pnl.payback(0, -5)).isZero();
    }

    @Test
    void pricingTheOwnersWorkIsAFixedCost() {
        Plan priced = new Plan(10_000_000, Investment.NONE, 1_500_000, 0, 0, 0, 0, 0, 0, true, 2_500_000, 0.3, 0, 0, 0, 0, Loan.NONE, 5);
        Pnl p = Pnl.of(priced);
        assertThat(p.amount(PnlLine.Kind.OWNER_LABOUR)).isEqualTo(-2_500_000);
        assertThat(p.breakEvenSales()).isEqualTo(4_000_000 / 0.7, within(0.01));
        assertThat(p.paybackMonths()).isZero();
    }

    @Test
    void variableCostsOfAllSalesLeaveNoBreakEven() {
        Plan p = new Plan(10_000_000, Investment.NONE, 1, 0, 0, 0, 0, 0, 0, false, 0, 0.9, 0.01, 0.5, 0.5, 0.1, Loan.NONE, 5);
        assertThat(p.variableRatio()).isGreaterThanOrEqualTo(1);
        assertThat(Pnl.of(p).breakEvenSales()).isInfinite();
    }

    @Test
    void loanPaymentIsTheAnnuityAndInterestTheFirstMonths() {
        Loan loan = new Loan(12_000_000, 0.12, 12);
        assertThat(loan.monthlyInterest()).isEqualTo(120_000, within(1e-6));
        // 12,000,000 × 0.01 / (1 − 1.01^-12) = 1,066,185.5
        assertThat(loan.monthlyPayment()).isEqualTo(1_066_185.5, within(1.0));
        assertThat(new Loan(1_200, 0, 12).monthlyPayment()).isEqualTo(100);
    }
}
