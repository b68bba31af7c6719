package kr.sanggwon.wizard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.FinanceService;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.finance.MonteCarlo;
import kr.sanggwon.recommend.DistrictRef;
import kr.sanggwon.recommend.ExpectedSales;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.RankedDistrict;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.RecommendService;
import kr.sanggwon.recommend.ScoreFrame;
import kr.sanggwon.recommend.Target;
import kr.sanggwon.recommend.Weights;

/**
 * "무엇을, 어디서, 얼마로?": answers an owner's three questions with what the consultant screens compute — the best
 * 상권 for the shop in the chosen area by the balanced 유망 상권 score, each with the estimate's monthly sales range,
 * the break-even check of the owner's plan (수익 분석) in the best one, the three main risks and what to ask next.
 * Works at 상권 grain, where sales are per store.
 */
public final class WizardService {
    /** How many districts the answer shows. */
    public static final int PICKS = 3;

    private final RecommendService recommend;
    private final FinanceService finance;

    public WizardService(RecommendService recommend, FinanceService finance) {
        this.recommend = recommend;
        this.finance = finance;
    }

    /** 자치구 names with 상권 sales of {@code industry}, sorted (the "where" choices). */
    public List<String> guNames(String industry) {
        Set<String> out = new TreeSet<>();
        for (DistrictRef d : recommend.frame(industry, Level.TRDAR.code(), Target.NONE).districts().values()) {
            if (d.guName() != null) {
                out.add(d.guName());
            }
        }
        return List.copyOf(out);
    }

    public WizardAnswer answer(WizardQuestion q, Locale locale) {
        ScoreFrame frame = recommend.frame(q.industry(), Level.TRDAR.code(), Target.NONE);
        Weights weights = Preset.builtIns().get(0).weights();
        String gu = q.gu();
        DistrictRef chosen = null;
        if (q.district() != null) {
            chosen = frame.districts().get(q.district());
            if (chosen == null) {
                throw new UserException("wizard.error.districtNoData", q.district(), frame.industryName());
            }
            gu = chosen.guName();
        }
        Filter filter = gu == null || gu.isBlank() ? Filter.ALL : new Filter(Set.of(gu), Set.of());
        Ranking ranking = recommend.rank(frame, weights, filter, Target.NONE, 0);
        if (ranking.rows().isEmpty() && gu != null) {
            throw new UserException("wizard.error.noDistrictInGu", gu, frame.industryName());
        }
        List<RankedDistrict> rows = pickRows(ranking.rows(), chosen);
        List<WizardPick> picks = new ArrayList<>();
        for (RankedDistrict r : rows) {
            ExpectedSales e = recommend.expected(r.district().code(), q.industry());
            picks.add(new WizardPick(r, e, chosen != null && chosen.code().equals(r.district().code())));
        }
        FinanceResult plan = null;
        String planError = null;
        if (!picks.isEmpty()) {
            try {
                plan = finance.analyze(request(q, picks.get(0).row().district().code()));
            } catch (UserException e) {
                planError = e.localized();
            }
        }
        List<Risk> risks = picks.isEmpty() ? List.of() : RiskAssessor.top(picks.get(0), ranking.seoulCloseRate(), plan, locale);
        Set<String> asks = new LinkedHashSet<>();
        risks.forEach(r -> asks.add(r.askKey()));
        asks.add("wizard.ask.site");
        PlainIndustry what = PlainIndustries.find(q.industry()).orElse(null);
        return new WizardAnswer(q, what, frame.industryName(), frame.quarter(), ranking.matching(), picks, plan, planError,
                risks, List.copyOf(asks));
    }

    /** The owner's own district first when one was picked, then the best others. */
    private static List<RankedDistrict> pickRows(List<RankedDistrict> ranked, DistrictRef chosen) {
        List<RankedDistrict> out = new ArrayList<>();
        if (chosen != null) {
            ranked.stream().filter(r -> r.district().code().equals(chosen.code())).findFirst().ifPresent(out::add);
        }
        for (RankedDistrict r : ranked) {
            if (out.size() >= PICKS) {
                break;
            }
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The owner's plan: the budget goes to interior and equipment (depreciated), no deposit, no loan. */
    static FinanceRequest request(WizardQuestion q, String district) {
        return new FinanceRequest(district, q.industry(), null, StoreDetails.NONE, new Investment(0, 0, q.budget(), 0), q.rent(),
                0, q.staff(), Double.NaN, false, Double.NaN, 0, 60, null, MonteCarlo.DEFAULT_SEED, MonteCarlo.DEFAULT_DRAWS);
    }
}
