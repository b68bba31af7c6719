package kr.sanggwon.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.recommend.Facts;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.RankedDistrict;

/**
 * Turns the numbers behind one district and one plan into risks in plain words, and keeps the three most serious.
 * Severities are put on one rough scale (about 1 = "a consultant should look at this") so different kinds can be
 * ordered; each comes from a published figure, never from a fixed list.
 */
final class RiskAssessor {
    static final int SHOWN = 3;

    private RiskAssessor() {
    }

    static List<Risk> top(WizardPick pick, double seoulCloseRate, FinanceResult finance, Locale locale) {
        List<Risk> all = all(pick, seoulCloseRate, finance, locale);
        all.sort(Comparator.comparingDouble(Risk::severity).reversed());
        return List.copyOf(all.subList(0, Math.min(SHOWN, all.size())));
    }

    static List<Risk> all(WizardPick pick, double seoulCloseRate, FinanceResult finance, Locale locale) {
        RankedDistrict row = pick.row();
        Facts f = row.facts();
        List<Risk> out = new ArrayList<>();
        if (Double.isFinite(f.closeRate())) {
            double over = Double.isFinite(seoulCloseRate) ? f.closeRate() - seoulCloseRate : 0;
            // 1 %p above Seoul counts about a fifth of "serious"; a low rate still ranks as a small risk
            out.add(new Risk(Risk.Kind.CLOSING, 0.3 + over / 5, over > 0 ? "wizard.risk.closing.high" : "wizard.risk.closing.low",
                    new Object[]{Formats.number(f.closeRate(), 1), Formats.number(seoulCloseRate, 1), Formats.number(Math.abs(over), 1)}));
        }
        Double competition = row.parts().get(Part.COMPETITION);
        if (Double.isFinite(f.stores()) && competition != null && Double.isFinite(competition)) {
            // small densities (quarterly floating counts are large) keep two decimals instead of reading "0.0"
            String per10k = Double.isFinite(f.storesPer10k()) ? Formats.number(f.storesPer10k(), f.storesPer10k() < 1 ? 2 : 1) : "-";
            out.add(new Risk(Risk.Kind.COMPETITION, 0.3 - competition / 2, competition < 0
                    ? "wizard.risk.competition.high" : "wizard.risk.competition.low",
                    new Object[]{Formats.number(f.stores(), 0), per10k}));
        }
        if (Double.isFinite(f.yoy())) {
            out.add(new Risk(Risk.Kind.TREND, 0.3 - f.yoy() * 4, f.yoy() < 0 ? "wizard.risk.trend.down" : "wizard.risk.trend.up",
                    new Object[]{Formats.percent(Math.abs(f.yoy()))}));
        }
        if (f.change() != null) {
            double s = switch (f.change()) {
                case "HL" -> 0.9;
                case "LL" -> 0.5;
                case "HH" -> 0.35;
                default -> 0.15;
            };
            out.add(new Risk(Risk.Kind.CHANGE, s, "wizard.risk.change." + f.change(), new Object[0]));
        }
        out.add(confidence(pick, f, locale));
        if (finance != null) {
            double be = finance.pnl().breakEvenSales();
            double sales = finance.sales().monthly();
            double loss = finance.simulation() == null ? Double.NaN : finance.simulation().lossProbability();
            // the chance of a loss, plus how close break-even sits to the expected sales (a plan at 90% of its sales
            // is fragile even when the simulation rarely loses)
            double ratio = sales > 0 ? Math.min(be / sales, 3) : 3;
            double sev = (Double.isFinite(loss) ? loss * 2 : 0) + Math.max(0, ratio - 0.4);
            String key = be > sales ? "wizard.risk.breakEven.above" : "wizard.risk.breakEven.below";
            out.add(new Risk(Risk.Kind.BREAK_EVEN, sev, key, new Object[]{money(be, locale), money(sales, locale),
                    Double.isFinite(loss) ? Formats.percent(loss) : "-"}));
            double payback = finance.pnl().paybackMonths();
            if (finance.plan().investment().toRecover() > 0) {
                out.add(new Risk(Risk.Kind.PAYBACK, Double.isFinite(payback) ? payback / 48 : 1.5,
                        Double.isFinite(payback) ? "wizard.risk.payback" : "wizard.risk.payback.never",
                        new Object[]{Double.isFinite(payback) ? Formats.number(payback, 0) : "-"}));
            }
        }
        return out;
    }

    /** Missing data, 데이터 점검 flags and a wide 80% range all make the answer less sure. */
    private static Risk confidence(WizardPick pick, Facts f, Locale locale) {
        var e = pick.expected();
        double width = e.ok() && e.monthly() > 0 ? (e.monthlyHigh() - e.monthlyLow()) / e.monthly() : Double.NaN;
        double sev = (Double.isFinite(width) ? width / 2 : 1.0) + 0.3 * f.missing().size() + 0.2 * f.flags();
        if (!e.ok()) {
            return new Risk(Risk.Kind.CONFIDENCE, sev, "wizard.risk.confidence.noEstimate", new Object[0]);
        }
        return new Risk(Risk.Kind.CONFIDENCE, sev, f.missing().isEmpty() && f.flags() == 0
                ? "wizard.risk.confidence.range" : "wizard.risk.confidence.missing",
                new Object[]{Formats.moneyRange(Math.round(e.monthlyLow()), Math.round(e.monthlyHigh()), locale),
                        Formats.percent(width / 2)});
    }

    private static String money(double won, Locale locale) {
        return Double.isFinite(won) ? Formats.money(Math.round(won), locale) : "-";
    }
}
