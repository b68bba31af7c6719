package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Backtest residuals broken down by origin and by industry, and the out-of-time coverage at the latest origin. */
final class BacktestBreakdown {
    private BacktestBreakdown() {
    }

    /** Per method: one row per origin over all industries, then one per industry and origin. */
    static List<Evaluation.OriginResult> perOrigin(Map<String, List<Residual>> residuals) {
        List<Evaluation.OriginResult> out = new ArrayList<>();
        residuals.forEach((method, list) -> {
            TreeMap<Integer, List<Residual>> byQuarter = new TreeMap<>();
            TreeMap<String, TreeMap<Integer, List<Residual>>> byIndustry = new TreeMap<>();
            for (Residual r : list) {
                byQuarter.computeIfAbsent(r.quarter(), k -> new ArrayList<>()).add(r);
                byIndustry.computeIfAbsent(r.cell().industry(), k -> new TreeMap<>())
                        .computeIfAbsent(r.quarter(), k -> new ArrayList<>()).add(r);
            }
            byQuarter.forEach((q, l) -> out.add(row(null, q, method, l)));
            if (byIndustry.size() > 1) {
                byIndustry.forEach((ind, m) -> m.forEach((q, l) -> out.add(row(ind, q, method, l))));
            }
        });
        return out;
    }

    private static Evaluation.OriginResult row(String industry, int quarter, String method, List<Residual> l) {
        Metrics m = Metrics.of(l);
        return new Evaluation.OriginResult(industry, quarter, method, m.medianApe(), m.within20(), m.n());
    }

    /** Per industry (when there is more than one) and method: metrics with coverage over that industry's rows. */
    static List<Evaluation.IndustryResult> perIndustry(Map<String, List<Residual>> residuals) {
        List<Evaluation.IndustryResult> out = new ArrayList<>();
        residuals.forEach((method, list) -> {
            TreeMap<String, List<Residual>> by = new TreeMap<>();
            for (Residual r : list) {
                by.computeIfAbsent(r.cell().industry(), k -> new ArrayList<>()).add(r);
            }
            if (by.size() > 1) {
                by.forEach((ind, l) -> out.add(new Evaluation.IndustryResult(ind, method,
                        Metrics.of(l).withCoverage(Conformal.crossCoverageDetail(l)))));
            }
        });
        return out;
    }

    /** The range calibrated on the earlier origins' residuals and checked on the most recent origin's. */
    static Conformal.Coverage latestCoverage(List<Residual> residuals) {
        int latest = Integer.MIN_VALUE;
        for (Residual r : residuals) {
            latest = Math.max(latest, r.quarter());
        }
        List<Residual> before = new ArrayList<>();
        List<Residual> last = new ArrayList<>();
        for (Residual r : residuals) {
            (r.quarter() == latest ? last : before).add(r);
        }
        return Conformal.outOfTime(before, last);
    }
}
