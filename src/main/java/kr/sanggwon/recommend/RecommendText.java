package kr.sanggwon.recommend;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/**
 * Renders the structured reasons of a row as one plain line in an explicit locale, e.g. "점포당 매출 상위 8%, 경쟁 강도
 * 낮음, 폐업률 서울 평균보다 2.1%p 낮음". Called at the edge (screen, CLI, CSV export); the core keeps only keys and numbers.
 */
public final class RecommendText {
    private RecommendText() {
    }

    public static String line(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> reason(r, locale)).collect(Collectors.joining(", "));
    }

    public static String reason(Reason r, Locale locale) {
        Object[] args = new Object[r.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = r.args().get(i);
            if (a instanceof Reason.Key k) {
                args[i] = Messages.get(locale, k.key());
            } else if (a instanceof Double d) {
                args[i] = number(d);
            } else {
                args[i] = String.valueOf(a);
            }
        }
        return Messages.get(locale, r.key(), args);
    }

    /** One decimal under 10, none above ("8.3", "12"). */
    static String number(double v) {
        return Formats.number(v, Math.abs(v) >= 10 ? 0 : 1);
    }

    /** A part's name in {@code locale}. */
    public static String part(Part p, Locale locale) {
        return Messages.get(locale, p.labelKey());
    }

    /** A preset's name: the built-in's translated name or the user's own. */
    public static String preset(Preset p, Locale locale) {
        return p.builtIn() ? Messages.get(locale, p.nameKey()) : p.name();
    }
}
