package kr.sanggwon.wizard;

import java.util.List;
import kr.sanggwon.finance.FinanceResult;

/**
 * The one-screen answer: the best-fitting districts ({@code picks}, the first is the one the plan is checked in), the
 * break-even check of the plan in the first pick ({@code finance}; null with {@code financeError} saying why), the
 * three main risks, most serious first, and the questions to take to a consultant. {@code matching}: districts of the
 * industry in the chosen area; {@code quarter}: the data quarter.
 */
public record WizardAnswer(WizardQuestion question, PlainIndustry what, String industryName, int quarter, int matching,
                           List<WizardPick> picks, FinanceResult finance, String financeError, List<Risk> risks,
                           List<String> askKeys) {
    public WizardAnswer {
        picks = List.copyOf(picks);
        risks = List.copyOf(risks);
        askKeys = List.copyOf(askKeys);
    }

    public boolean hasPicks() {
        return !picks.isEmpty();
    }
}
