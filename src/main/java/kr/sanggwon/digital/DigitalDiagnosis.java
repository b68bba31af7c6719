package kr.sanggwon.digital;

import java.util.List;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.Pnl;

/**
 * The outcome of 디지털 전환 진단: the checkup, what the planned items change ({@code effect}), the profit simulation
 * before and after them (both from the one 수익 분석 service), the support programmes the shop qualifies for, and the
 * year they were matched for.
 */
public record DigitalDiagnosis(DigitalCheckup checkup, DigitalEffect effect, FinanceResult before, FinanceResult after,
                               List<ProgrammeMatch> programmes, int year) {

    /** How much more (or less) cash the shop keeps a month after the planned items. */
    public double monthlyGain() {
        return after.pnl().monthlyCash() - before.pnl().monthlyCash();
    }

    /** Months for the extra cash to earn back the one-off costs; 0 without any, +∞ when there is no extra cash. */
    public double paybackMonths() {
        return Pnl.payback(effect.oneOff(), monthlyGain());
    }

    /** Loss probability of a result; NaN without a sales range. */
    public static double lossProbability(FinanceResult r) {
        return r.simulation() == null ? Double.NaN : r.simulation().lossProbability();
    }
}
