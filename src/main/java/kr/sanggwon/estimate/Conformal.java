package kr.sanggwon.estimate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 80% range from backtest residuals (split conformal on the log scale): the 10th and 90th percentiles of
 * log(actual / predicted), per industry group when it has enough residuals, else over all.
 */
public final class Conformal implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final double LOW = 0.10;
    public static final double HIGH = 0.90;
    /** Residuals a group needs before it gets its own range. */
    public static final int MIN_GROUP = 40;

    private final Map<String, double[]> bands;
    private final int residuals;

    private Conformal(Map<String, double[]> bands, int residuals) {
        this.bands = bands;
        this.residuals = residuals;
    }

    public static Conformal fit(List<Residual> residuals) {
        Map<String, List<Double>> byGroup = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (Residual r : residuals) {
            double v = r.value();
            if (Double.isFinite(v)) {
                byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(v);
                all.add(v);
            }
        }
        Map<String, double[]> bands = new HashMap<>();
        if (!all.isEmpty()) {
            bands.put(IndustryGroup.ALL, band(all));
        }
        byGroup.forEach((g, v) -> {
            if (v.size() >= MIN_GROUP) {
                bands.put(g, band(v));
            }
        });
        return new Conformal(bands, all.size());
    }

    private static double[] band(List<Double> v) {
        // finite-sample correction: widen the quantile levels slightly for small n
        int n = v.size();
        double lo = Math.max(0, LOW - 0.5 / n);
        double hi = Math.min(1, HIGH + 0.5 / n);
        return new double[] {Stats.quantile(v, lo), Stats.quantile(v, hi)};
    }

    /** [low, high] multipliers on the log scale for a group; NaNs when there were no residuals. */
    public double[] band(String group) {
        double[] b = bands.get(group);
        if (b == null) {
            b = bands.get(IndustryGroup.ALL);
        }
        return b == null ? new double[] {Double.NaN, Double.NaN} : b;
    }

    public int residuals() {
        return residuals;
    }

    /**
     * Honest coverage of the range: calibrate on half of the cells, count hits on the other half, and the other way
     * round (cells split by a stable hash, so no cell calibrates its own range).
     */
    public static double crossCoverage(List<Residual> residuals) {
        return crossCoverageDetail(residuals).hit();
    }

    /** Share of actual values inside the range, above it and below it (NaN when nothing could be checked). */
    public record Coverage(double hit, double above, double below, int n) implements Serializable {
        static final Coverage NONE = new Coverage(Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** {@link #crossCoverage} with the misses split into above and below the range. */
    public static Coverage crossCoverageDetail(List<Residual> residuals) {
        List<Residual> a = new ArrayList<>();
        List<Residual> b = new ArrayList<>();
        for (Residual r : residuals) {
            (Sampling.fold(r.cell(), 2) == 0 ? a : b).add(r);
        }
        if (a.isEmpty() || b.isEmpty()) {
            return Coverage.NONE;
        }
        int[] x = new int[3];
        count(fit(a), b, x);
        count(fit(b), a, x);
        return of(x);
    }

    /**
     * Out-of-time coverage: the range calibrated on residuals of earlier origins only, checked on {@code test} (a later
     * origin). This is what a user meets: next quarter's actual against a range made from the past.
     */
    public static Coverage outOfTime(List<Residual> calibration, List<Residual> test) {
        if (calibration.isEmpty() || test.isEmpty()) {
            return Coverage.NONE;
        }
        int[] x = new int[3];
        count(fit(calibration), test, x);
        return of(x);
    }

    private static Coverage of(int[] x) {
        double n = x[0] + x[1] + x[2];
        return n == 0 ? Coverage.NONE : new Coverage(x[0] / n, x[1] / n, x[2] / n, (int) n);
    }

    /** x[0] += inside, x[1] += above, x[2] += below. */
    private static void count(Conformal c, List<Residual> test, int[] x) {
        for (Residual r : test) {
            double[] band = c.band(r.group());
            double v = r.value();
            if (!Double.isFinite(v) || Double.isNaN(band[0])) {
                continue;
            }
            x[v > band[1] ? 1 : v < band[0] ? 2 : 0]++;
        }
    }
}
