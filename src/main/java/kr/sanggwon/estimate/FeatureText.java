package kr.sanggwon.estimate;

import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/** Plain, localized text for feature values (people, KRW in 만원/억원, shares, months, category names). */
public final class FeatureText {
    private FeatureText() {
    }

    public static String label(Feature f) {
        return Messages.get(f.messageKey());
    }

    public static String value(Feature f, FeatureRow row, EstimateData data) {
        if (f.kind() == Feature.Kind.NOMINAL) {
            return nominal(f, row.nominal(f), row, data);
        }
        return number(f, row.display()[f.ordinal()]);
    }

    public static String nominal(Feature f, String v, FeatureRow row, EstimateData data) {
        if (v == null) {
            return Messages.get("estimate.value.unknown");
        }
        return switch (f) {
            case GU -> {
                DistrictInfo d = data.district(row.cell().district());
                yield d != null && d.guName() != null ? d.guName() : Messages.get("estimate.value.guCode", v);
            }
            case TYPE -> Messages.has("estimate.type." + v) ? Messages.get("estimate.type." + v) : v;
            case INDUSTRY -> data.industryName(v);
            case CHANGE_INDEX -> Messages.has("estimate.change." + v) ? Messages.get("estimate.change." + v) : v;
            case QUARTER_OF_YEAR -> Messages.get("estimate.value.quarterOfYear", v.substring(1));
            default -> v;
        };
    }

    public static String number(Feature f, double x) {
        if (!Double.isFinite(x)) {
            return Messages.get("estimate.value.unknown");
        }
        return switch (f.unit()) {
            case PEOPLE -> Messages.get("estimate.value.people", Formats.number(x, 0));
            case COUNT -> Messages.get("estimate.value.count", Formats.number(x, 0));
            case MONEY -> Formats.money(Math.round(x));
            case RATIO -> Formats.percent(x);
            case PERCENT -> Formats.number(x, 1) + "%";
            case MONTHS -> Messages.get("estimate.value.months", Formats.number(x, 1));
            case AREA -> Messages.get("estimate.value.area", Formats.number(x, 0));
            case LOG_RATIO -> signedPercent(x - 1);
            case NONE -> Formats.number(x, 2);
        };
    }

    /** The effect of a driver on the estimate: "+12.3%", "−4.0%", or "3.2배" from a doubling up. */
    public static String effect(double ratio) {
        if (ratio >= 1) {
            return Messages.get("estimate.value.times", Formats.number(1 + ratio, 1));
        }
        return signedPercent(ratio);
    }

    /** "+12.3%" / "−4.0%". */
    public static String signedPercent(double ratio) {
        String s = Formats.percent(Math.abs(ratio));
        return (ratio >= 0 ? "+" : "−") + s;
    }
}
