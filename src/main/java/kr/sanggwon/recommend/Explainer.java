package kr.sanggwon.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks the clauses that explain a row: the parts that moved its score most (weight × |standardized value|), at most
 * {@link #MAX}, each as a {@link Reason} built from the facts — no sentence is made here.
 */
final class Explainer {
    static final int MAX = 3;
    private static final double NOTABLE = 0.5;

    private Explainer() {
    }

    static List<Reason> reasons(Map<Part, Double> z, Facts f, Weights w, boolean perStore, Target target) {
        List<Part> order = new ArrayList<>(List.of(Part.values()));
        order.removeIf(p -> w.get(p) == 0);
        order.sort(Comparator.comparingDouble((Part p) -> -w.get(p) * Math.abs(z.get(p))));
        List<Reason> out = new ArrayList<>();
        for (Part p : order) {
            if (out.size() >= MAX) {
                break;
            }
            Reason r = reason(p, z.get(p), f, perStore, target);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    static Reason reason(Part p, double z, Facts f, boolean perStore, Target target) {
        switch (p) {
            case SALES:
                if (!Double.isFinite(f.salesTopShare())) {
                    return null;
                }
                if (f.salesTopShare() <= 0.5) {
                    return Reason.of(p, perStore ? "recommend.reason.salesTopPerStore" : "recommend.reason.salesTopCell",
                            pct(Math.max(f.salesTopShare(), 0.01)));
                }
                return Reason.of(p, perStore ? "recommend.reason.salesBottomPerStore" : "recommend.reason.salesBottomCell",
                        pct(Math.max(1 - f.salesTopShare(), 0.01)));
            case TREND:
                if (Double.isFinite(f.yoy())) {
                    return Reason.of(p, f.yoy() >= 0 ? "recommend.reason.yoyUp" : "recommend.reason.yoyDown", pct(Math.abs(f.yoy())));
                }
                if (Double.isFinite(f.slope())) {
                    return Reason.of(p, f.slope() >= 0 ? "recommend.reason.slopeUp" : "recommend.reason.slopeDown");
                }
                return null;
            case COMPETITION:
                if (!Double.isFinite(f.storesPer10k()) && !Double.isFinite(f.storesPerEok()) && !Double.isFinite(f.storeGrowth())) {
                    return null;
                }
                return Reason.of(p, z > NOTABLE ? "recommend.reason.competitionLow"
                        : z < -NOTABLE ? "recommend.reason.competitionHigh" : "recommend.reason.competitionMid");
            case SURVIVAL:
                if (Double.isFinite(f.closeVsSeoulPp())) {
                    return Reason.of(p, f.closeVsSeoulPp() <= 0 ? "recommend.reason.closeLower" : "recommend.reason.closeHigher",
                            Math.abs(f.closeVsSeoulPp()));
                }
                if (Double.isFinite(f.opMonths())) {
                    return Reason.of(p, "recommend.reason.opMonths", f.opMonths());
                }
                return null;
            case CHANGE:
                if (f.change() == null || f.change().isEmpty()) {
                    return null;
                }
                return Reason.of(p, "recommend.reason.change", new Reason.Key("district.change." + f.change()), f.change());
            case FIT:
                if (!Double.isFinite(f.fit())) {
                    return null;
                }
                if (!target.isEmpty()) {
                    return Reason.of(p, "recommend.reason.targetLift", f.fit());
                }
                return Reason.of(p, z >= 0 ? "recommend.reason.fitGood" : "recommend.reason.fitPoor");
            case CONFIDENCE:
                if (f.missing().isEmpty() && f.flags() == 0) {
                    return Reason.of(p, "recommend.reason.dataComplete");
                }
                if (f.missing().isEmpty()) {
                    return Reason.of(p, "recommend.reason.dataFlags", f.flags());
                }
                return Reason.of(p, "recommend.reason.dataMissing", new Reason.Key("recommend.missing." + f.missing().get(0)));
            default:
                return null;
        }
    }

    private static double pct(double ratio) {
        return ratio * 100;
    }
}
