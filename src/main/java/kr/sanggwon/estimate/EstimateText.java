package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/**
 * Reads an {@link Estimate} aloud in one language: the headline sentence an owner can read out, the drivers as plain
 * sentences, and a glossary of the terms shown beside the numbers (80% range, median backtest error, the model). The
 * core returns numbers; the screen, the CLI's text output and a report all render them through this class with an
 * explicit {@link Locale}, so they say the same thing.
 */
public final class EstimateText {
    /** A term shown with an estimate and its plain reading. */
    public record Term(String term, String reading) {
    }

    private final Locale locale;

    public EstimateText(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    private String msg(String key, Object... args) {
        return Messages.get(locale, "estimate.text." + key, args);
    }

    /** Money in this language ("2,812만원", "28.1 million KRW"; "-" when unknown). */
    public String money(double won) {
        return Double.isFinite(won) ? Formats.money(Math.round(won), locale) : "-";
    }

    /**
     * The one sentence: "이 자리에 커피-음료 가게를 열면 한 달 매출은 대체로 1,900만~2,300만원 사이일 가능성이 높습니다 (10곳 중
     * 8곳이 이 범위)." For a 행정동's whole-cell estimate it says that the figure is all shops together, and with store
     * details it reads the new shop's share.
     */
    public String headline(Estimate e, StoreDetails details) {
        StoreDetails.ForNewShop shop = details == null ? null : details.forNewShop(e);
        boolean oneShop = e.perStore() || shop != null;
        double low = shop != null ? shop.monthlyLow() : e.monthlyLow();
        double high = shop != null ? shop.monthlyHigh() : e.monthlyHigh();
        double point = shop != null ? shop.monthly() : e.monthly();
        String who = oneShop ? "shop" : "cell";
        if (e.hasRange() && Double.isFinite(low) && Double.isFinite(high)) {
            String range = Formats.moneyRange(Math.round(low), Math.round(high), locale);
            return msg("headline." + who, e.industryName(), range, e.districtName());
        }
        return msg("headline." + who + "Point", e.industryName(), money(point), e.districtName());
    }

    /** A driver as a plain sentence whose direction agrees with the model's use of the feature, or says it does not. */
    public String driver(Driver d) {
        String label = FeatureText.label(d.feature(), locale);
        boolean up = d.effect() >= 0;
        String amount = amount(d.effect());
        if (!d.numeric()) {
            String value = FeatureText.category(d.feature(), d.category(), d.categoryName(), locale);
            return msg(up ? "driver.categoryUp" : "driver.categoryDown", label, value, amount);
        }
        String value = FeatureText.number(d.feature(), d.value(), locale);
        String ref = FeatureText.number(d.feature(), d.reference(), locale);
        if (!d.consistent()) {
            return msg(up ? "driver.combinedUp" : "driver.combinedDown", label, value, ref, amount);
        }
        String side = d.above() ? "higher" : "lower";
        return msg("driver." + side + (up ? "Up" : "Down"), label, value, ref, amount);
    }

    /** How much a driver moves the estimate, without a sign (the sentence's verb says which way): "16.3%", "2.1배로". */
    String amount(double effect) {
        if (effect >= 1) {
            return msg("times", Formats.number(1 + effect, 1));
        }
        return msg("byPercent", Formats.percent(Math.abs(effect)));
    }

    /** The model's name ("랜덤 포레스트"). */
    public String methodName(String method) {
        return method == null ? "-" : Messages.get(locale, "estimate.method." + method.replace('-', '_'));
    }

    /** The terms shown with the estimate, each with a plain reading, in the order they appear on screen. */
    public List<Term> glossary(Estimate e) {
        List<Term> out = new ArrayList<>();
        out.add(new Term(msg("term.range"), msg("reading.range")));
        Estimate.Quality q = e.quality();
        if (q != null && Double.isFinite(q.medianApe())) {
            out.add(new Term(msg("term.error"), msg("reading.error", q.origins(), Formats.percent(q.medianApe()))));
        } else {
            out.add(new Term(msg("term.error"), msg("reading.errorNone")));
        }
        String method = e.provenance() == null ? null : e.provenance().method();
        if (method != null) {
            String key = "estimate.method." + method.replace('-', '_') + ".plain";
            String reading = Messages.get(locale, key);
            out.add(new Term(methodName(method), reading.startsWith("<") ? msg("reading.modelOther") : reading));
        }
        out.add(new Term(Messages.get(locale, "estimate.task." + e.task().id()), msg("reading.task." + e.task().id())));
        return out;
    }
}
