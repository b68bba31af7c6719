package kr.sanggwon.wizard;

import kr.sanggwon.recommend.ExpectedSales;
import kr.sanggwon.recommend.RankedDistrict;

/** One district of the answer: its 유망 상권 row (score, parts, facts) and the estimate's monthly sales per store. */
public record WizardPick(RankedDistrict row, ExpectedSales expected, boolean chosenByOwner) {
}
