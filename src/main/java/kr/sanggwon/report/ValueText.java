package kr.sanggwon.report;

import kr.sanggwon.common.Formats;
import kr.sanggwon.district.ChangeIndex;

/**
 * KPI and comparison values written in the report's language from the numbers a snapshot saved (the snapshot's own
 * texts are in the language of the day it was saved).
 */
final class ValueText {
    private ValueText() {
    }

    static String value(ReportContent c, String unit, Double v, String savedText) {
        if ("TEXT".equals(unit)) {
            return savedText == null ? "-"
                    : ChangeIndex.of(savedText).map(ci -> savedText + " " + c.text(ci.nameKey())).orElse(savedText);
        }
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "-";
        }
        return switch (unit) {
            case "MONEY" -> c.money(v);
            case "COUNT" -> Formats.number(v, 0);
            case "PEOPLE" -> c.text("district.unit.people", Formats.number(v, 0));
            case "PERCENT" -> Formats.number(v, 1) + "%";
            case "MONTHS" -> c.text("district.unit.months", Formats.number(v, 1));
            default -> savedText == null ? Formats.number(v, 1) : savedText;
        };
    }

    /** A change vs an earlier quarter: "+12.3%" (ratios) or "+1.2%p" (percent metrics), "-" when unknown. */
    static String delta(String unit, Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return "-";
        }
        String sign = d > 0 ? "+" : d < 0 ? "−" : "";
        if ("PERCENT".equals(unit)) {
            return sign + Formats.number(Math.abs(d), 1) + "%p";
        }
        return sign + Formats.number(Math.abs(d) * 100, 1) + "%";
    }
}
