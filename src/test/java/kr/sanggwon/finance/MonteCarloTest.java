package kr.sanggwon.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The sales-range Monte Carlo: reproducible by seed and in line with the log-normal's closed form. */
class MonteCarloTest {
    private static Plan plan() {
        return ProfitCalculationTest.handCase();
    }

    @Test
    void theRangeEndsAreTheTenAndNinetyPercentQuantiles() {
        LogNormalRange r = LogNormalRange.fromRange(6_000_000, 12_000_000);
        assertThat(r.cdf(6_000_000)).isEqualTo(0.1, within(1e-6));
        assertThat(r.cdf(12_000_000)).isEqualTo(0.9, within(1e-6));
        assertThat(r.median()).isEqualTo(Math.sqrt(6e6 * 12e6), within(1e-3));
        assertThat(LogNormalRange.normalCdf(0)).isEqualTo(0.5, within(1e-7));
        assertThat(LogNormalRange.normalCdf(-1.959963985)).isEqualTo(0.025, within(1e-6));
    }

    @Test
    void sameSeedGivesTheSameSimulationAndAnotherSeedAnother() {
        LogNormalRange r = LogNormalRange.fromRange(7_000_000, 12_000_000);
        Simulation a = MonteCarlo.run(plan(), r, 42, 5_000);
        Simulation b = MonteCarlo.run(plan(), r, 42, 5_000);
        Simulation c = MonteCarlo.run(plan(), r, 43, 5_000);
        assertThat(b).isEqualTo(a);
        assertThat(c.profitHistogram()).isNotEqualTo(a.profitHistogram());
    }

    @Test
    void lossProbabilityMatchesTheClosedFormWhenBreakEvenIsTheLowEndOfTheRange() {
        double breakEven = Pnl.of(plan()).breakEvenSales();
        // break-even at the 10% quantile: a monthly loss has probability exactly 0.10
        LogNormalRange r = LogNormalRange.fromRange(breakEven, breakEven * 1.8);
        Simulation s = MonteCarlo.run(plan(), r, 7, 200_000);
        assertThat(s.analyticLossProbability()).isEqualTo(0.10, within(1e-6));
        // binomial standard error sqrt(0.09 / 200000) = 0.00067; allow 4.5 of them
        assertThat(s.lossProbability()).isEqualTo(0.10, within(0.003));
    }

    @Test
    void lossProbabilityIsOneHalfWhenBreakEvenIsTheMedian() {
        double breakEven = Pnl.of(plan()).breakEvenSales();
        LogNormalRange r = LogNormalRange.fromRange(breakEven / 1.5, breakEven * 1.5);
        Simulation s = MonteCarlo.run(plan(), r, 11, 100_000);
        assertThat(s.analyticLossProbability()).isEqualTo(0.5, within(1e-6));
        assertThat(s.lossProbability()).isEqualTo(0.5, within(0.006));
    }

    @Test
    void medianPaybackIsThePaybackAtTheMedianSales() {
        LogNormalRange r = LogNormalRange.fromRange(11_000_000, 16_000_000);
        Simulation s = MonteCarlo.run(plan(), r, 3, 100_000);
        double atMedian = Pnl.of(plan().withSales(r.median())).paybackMonths();
        assertThat(s.paybackP50()).isEqualTo(atMedian, within(atMedian * 0.01));
        assertThat(s.paybackP10()).isLessThan(s.paybackP50());
        assertThat(s.paybackP90()).isGreaterThan(s.paybackP50());
        assertThat(s.neverPaysBack()).isZero();
        // the fan starts at minus the investment to recover and its median crosses zero at the median payback
        assertThat(s.cumulativeCash().get(0).p50()).isEqualTo(-70_000_000, within(0.01));
        int cross = s.cumulativeCash().stream().filter(f -> f.p50() >= 0).findFirst().orElseThrow().month();
        assertThat(cross).isEqualTo((int) Math.ceil(s.paybackP50()));
    }

    @Test
    void aShopLosingMoneyAtEveryLevelNeverPaysBack() {
        LogNormalRange r = LogNormalRange.fromRange(1_000_000, 2_000_000);
        Simulation s = MonteCarlo.run(plan(), r, 5, 2_000);
        assertThat(s.lossProbability()).isEqualTo(1.0);
        assertThat(s.neverPaysBack()).isEqualTo(1.0);
        assertThat(s.paybackP10()).isInfinite();
        assertThat(s.profitHistogram().stream().mapToInt(Simulation.Bin::count).sum()).isBetween(1_900, 2_000);
    }
}
