package kr.sanggwon.estimate;

import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Localizable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Text;

/** Plain text for feature values (people, KRW in 만원/억원, shares, months, category names), in a given language. */
public final class FeatureText {
    private FeatureText() {
    }

    public static String label(Feature f) {
        return label(f, Messages.locale());
    }

    public static String label(Feature f, Locale locale) {
        return Messages.get(locale, f.messageKey());
    }

    public static String value(Feature f, FeatureRow row, EstimateData data) {
        return valueText(f, row, data).render(Messages.locale());
    }

    /** The feature's name as words to render later, in the edge's locale. */
    static Localizable labelText(Feature f) {
        return Text.of(f.messageKey());
    }

    /** The feature's value in {@code row} as words to render later, in the edge's locale. */
    static Localizable valueText(Feature f, FeatureRow row, EstimateData data) {
        if (f.kind() == Feature.Kind.NOMINAL) {
            String v = row.nominal(f);
            String name = f == Feature.GU ? guName(row, data) : f == Feature.INDUSTRY && v != null ? data.industryName(v) : null;
            return locale -> category(f, v, name, locale);
        }
        double x = row.display()[f.ordinal()];
        return locale -> number(f, x, locale);
    }

    private static String guName(FeatureRow row, EstimateData data) {
        DistrictInfo d = data.district(row.cell().district());
        return d == null ? null : d.guName();
    }

    /**
     * A category value: {@code name} when the data names it (a 자치구, an industry), else the translated code (상권
     * type, change index, quarter of the year).
     */
    public static String category(Feature f, String code, String name, Locale locale) {
        if (name != null) {
            return name;
        }
        if (code == null) {
            return Messages.get(locale, "estimate.value.unknown");
        }
        return switch (f) {
            case GU -> Messages.get(locale, "estimate.value.guCode", code);
            case TYPE -> translated(locale, "estimate.type." + code, code);
            case CHANGE_INDEX -> translated(locale, "estimate.change." + code, code);
            case QUARTER_OF_YEAR -> Messages.get(locale, "estimate.value.quarterOfYear", code.substring(1));
            default -> code;
        };
    }

    private static String translated(Locale locale, String key, String code) {
        String s = Messages.get(locale, key);
        return s.startsWith("<") ? code : s;
    }

    public static String number(Feature f, double x) {
        return number(f, x, Messages.locale());
    }

    public static String number(Feature f, double x, Locale locale) {
        if (!Double.isFinite(x)) {
            return Messages.get(locale, "estimate.value.unknown");
        }
        return switch (f.unit()) {
            case PEOPLE -> Messages.get(locale, "estimate.value.people", Formats.number(x, 0));
            case COUNT -> Messages.get(locale, "estimate.value.count", Formats.number(x, 0));
            case MONEY -> Formats.money(Math.round(x), locale);
            case RATIO -> Formats.percent(x);
            case PERCENT -> Formats.number(x, 1) + "%";
            case MONTHS -> Messages.get(locale, "estimate.value.months", Formats.number(x, 1));
            case AREA -> Messages.get(locale, "estimate.value.area", Formats.number(x, 0));
            case LOG_RATIO -> Formats.signedPercent(x - 1);
            case NONE -> Formats.number(x, 2);
        };
    }
}
