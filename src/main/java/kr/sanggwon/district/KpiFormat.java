package kr.sanggwon.district;

import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/** How KPI values and their changes are written, the same in the app and the CLI. */
public final class KpiFormat {
    private KpiFormat() {
    }

    public static String value(Kpi k) {
        if (k.metric().unit() == Metric.Unit.TEXT) {
            return ChangeIndex.of(k.text()).map(ci -> k.text() + " " + Messages.get(ci.nameKey())).orElse("-");
        }
        return value(k.metric().unit(), k.value());
    }

    public static String value(Metric.Unit unit, Double v) {
        if (v == null || v.isNaN()) {
            return "-";
        }
        return switch (unit) {
            case MONEY -> Formats.money(Math.round(v));
            case COUNT -> Formats.number(v, 0);
            case PEOPLE -> Messages.get("district.unit.people", Formats.number(v, 0));
            case PERCENT -> Formats.number(v, 1) + "%";
            case MONTHS -> Messages.get("district.unit.months", Formats.number(v, 1));
            case TEXT -> "-";
        };
    }

    /** A change: "+12.3%" for ratios, "+1.2%p" for percent metrics, "-" when unknown. */
    public static String delta(Metric metric, Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return "-";
        }
        if (metric.unit() == Metric.Unit.PERCENT) {
            return sign(d) + Formats.number(Math.abs(d), 1) + "%p";
        }
        return sign(d) + Formats.number(Math.abs(d) * 100, 1) + "%";
    }

    /** A growth ratio shown as a percent row (e.g. compare's sales vs last year). */
    public static String ratio(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return "-";
        }
        return sign(d) + Formats.number(Math.abs(d) * 100, 1) + "%";
    }

    private static String sign(double d) {
        return d > 0 ? "▲" : d < 0 ? "▼" : "";
    }

    /** Whether a change is good news for this metric (null when direction-less or unknown). */
    public static Boolean good(Metric metric, Double d) {
        if (d == null || d == 0 || metric.direction() == Metric.Direction.NONE) {
            return null;
        }
        return metric.direction() == Metric.Direction.HIGHER ? d > 0 : d < 0;
    }

    /** One line of provenance in the app's current language (the screen's and the CLI's). */
    public static String provenance(Provenance p) {
        return provenance(p, Messages.locale());
    }

    /** One line of provenance: dataset, quarter, file and batch, formula, note, in {@code locale}. */
    public static String provenance(Provenance p, Locale locale) {
        if (p == null) {
            return "-";
        }
        String text = Messages.get(locale, "district.provenance.line", p.dataset(), Formats.quarter(p.quarter(), locale),
                p.fileName() == null ? "-" : p.fileName(), p.batchId() == null ? "-" : String.valueOf(p.batchId()),
                p.formula() == null ? "-" : p.formula().render(locale));
        return p.note() == null ? text : text + " · " + p.note().render(locale);
    }
}
