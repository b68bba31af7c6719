package kr.sanggwon.estimate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which method a backtest chooses, and why. The rule, fixed before looking at real backtests: the task's naive
 * reference (last value for forecasts, the industry × 자치구 median for cold start) is kept unless another method
 * <ul>
 *   <li>has a pooled median APE at most {@code 1 − MARGIN} times the reference's,</li>
 *   <li>has a lower median APE than the reference on at least {@link #MIN_WINS} origins and on more than half of
 *       them (several origins, not one), and</li>
 *   <li>is not worse than the reference on the most recent origin (what the user meets next);</li>
 * </ul>
 * and does not fall back to a simpler rule on half of the rows or more. Among the methods that pass, the lowest
 * pooled median APE wins. {@code reason} says which condition kept the reference (of the best other method);
 * {@code challenger} is the chosen method or, when the reference was kept, the best other one, and {@code ratio} its
 * pooled median APE over the reference's.
 */
public record Selection(String chosen, String reference, Reason reason, String challenger, int originsWon, int originsCompared,
                        double ratio) implements Serializable {
    /** Required pooled improvement over the reference (5%). */
    public static final double MARGIN = 0.05;
    /** Origins a method must win at least. */
    public static final int MIN_WINS = 2;

    /** Why the chosen method was chosen. */
    public enum Reason {
        /** Another method beat the reference by the margin on several origins and on the latest one. */
        BEATS_REFERENCE,
        /** Fewer than {@link #MIN_WINS} origins could be backtested: nothing can be shown to hold out of time. */
        TOO_FEW_ORIGINS,
        /** No other method beat the reference by the margin over all origins. */
        NO_MARGIN,
        /** The best other method won on too few origins. */
        TOO_FEW_WINS,
        /** The best other method lost to the reference on the most recent origin. */
        LOST_LATEST,
        /** No other method could be evaluated. */
        NO_CHALLENGER;

        public String messageKey() {
            return "estimate.selection." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Applies the rule. {@code residuals}: per method id, the backtest residuals (same rows for every method);
     * {@code fallbackShare}: per method id; {@code reference}: the naive method to keep unless beaten.
     */
    public static Selection choose(String reference, Map<String, List<Residual>> residuals, Map<String, Double> fallbackShare) {
        List<Residual> ref = residuals.get(reference);
        if (ref == null || ref.isEmpty()) {
            return new Selection(reference, reference, Reason.NO_CHALLENGER, null, 0, 0, Double.NaN);
        }
        double refApe = Metrics.of(ref).medianApe();
        TreeMap<Integer, Double> refByOrigin = byOrigin(ref);
        int origins = refByOrigin.size();
        String best = null;
        Reason bestFailure = Reason.NO_CHALLENGER;
        int bestWins = 0;
        double bestApe = Double.POSITIVE_INFINITY;
        String chosen = null;
        double chosenApe = Double.POSITIVE_INFINITY;
        int chosenWins = 0;
        for (Map.Entry<String, List<Residual>> e : residuals.entrySet()) {
            String id = e.getKey();
            if (id.equals(reference) || e.getValue().isEmpty() || fallbackShare.getOrDefault(id, 0.0) >= Backtest.MAX_FALLBACK) {
                continue;
            }
            double ape = Metrics.of(e.getValue()).medianApe();
            TreeMap<Integer, Double> mine = byOrigin(e.getValue());
            int wins = 0;
            for (Map.Entry<Integer, Double> o : refByOrigin.entrySet()) {
                Double m = mine.get(o.getKey());
                if (m != null && m < o.getValue()) {
                    wins++;
                }
            }
            Double latest = mine.get(refByOrigin.lastKey());
            Reason failure;
            if (origins < MIN_WINS) {
                failure = Reason.TOO_FEW_ORIGINS;
            } else if (!(ape <= (1 - MARGIN) * refApe)) {
                failure = Reason.NO_MARGIN;
            } else if (wins < MIN_WINS || 2 * wins <= origins) {
                failure = Reason.TOO_FEW_WINS;
            } else if (latest == null || latest > refByOrigin.lastEntry().getValue()) {
                failure = Reason.LOST_LATEST;
            } else {
                failure = null;
            }
            if (failure == null && ape < chosenApe) {
                chosen = id;
                chosenApe = ape;
                chosenWins = wins;
            }
            if (ape < bestApe) {
                best = id;
                bestApe = ape;
                bestWins = wins;
                bestFailure = failure;
            }
        }
        if (chosen != null) {
            return new Selection(chosen, reference, Reason.BEATS_REFERENCE, chosen, chosenWins, origins, chosenApe / refApe);
        }
        return new Selection(reference, reference, bestFailure == null ? Reason.NO_CHALLENGER : bestFailure, best, bestWins, origins,
                best == null ? Double.NaN : bestApe / refApe);
    }

    /** Median APE per origin quarter. */
    static TreeMap<Integer, Double> byOrigin(List<Residual> residuals) {
        Map<Integer, List<Residual>> by = new HashMap<>();
        for (Residual r : residuals) {
            by.computeIfAbsent(r.quarter(), k -> new java.util.ArrayList<>()).add(r);
        }
        TreeMap<Integer, Double> out = new TreeMap<>();
        by.forEach((q, l) -> out.put(q, Metrics.of(l).medianApe()));
        return out;
    }

    /** Whether a method other than the naive reference was chosen. */
    public boolean beatsReference() {
        return reason == Reason.BEATS_REFERENCE;
    }
}
