package kr.sanggwon.recommend;

import java.util.Arrays;

/** Robust standardization: (x − median) / (1.4826 · MAD), falling back to the standard deviation, clipped to ±3. */
final class Standardize {
    static final double CLIP = 3;

    private Standardize() {
    }

    /** z-scores of the finite values; NaN stays NaN. A column without spread gives 0 everywhere. */
    static double[] robustZ(double[] x) {
        double[] finite = Arrays.stream(x).filter(Double::isFinite).sorted().toArray();
        double[] z = new double[x.length];
        if (finite.length == 0) {
            Arrays.fill(z, Double.NaN);
            return z;
        }
        double median = median(finite);
        double[] dev = Arrays.stream(finite).map(v -> Math.abs(v - median)).sorted().toArray();
        double scale = 1.4826 * median(dev);
        if (!(scale > 1e-12)) {
            double mean = Arrays.stream(finite).average().orElse(0);
            scale = Math.sqrt(Arrays.stream(finite).map(v -> (v - mean) * (v - mean)).sum() / finite.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                z[i] = Double.NaN;
            } else if (!(scale > 1e-12)) {
                z[i] = 0;
            } else {
                z[i] = Math.max(-CLIP, Math.min(CLIP, (x[i] - median) / scale));
            }
        }
        return z;
    }

    /** Share of finite values strictly below each value plus half the ties (0 … 1); NaN stays NaN. */
    static double[] percentile(double[] x) {
        double[] sorted = Arrays.stream(x).filter(Double::isFinite).sorted().toArray();
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || sorted.length == 0) {
                p[i] = Double.NaN;
                continue;
            }
            int below = lowerBound(sorted, x[i]);
            int upTo = upperBound(sorted, x[i]);
            p[i] = (below + (upTo - below) / 2.0) / sorted.length;
        }
        return p;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Mean of the finite arguments, NaN when none is. */
    static double meanOf(double... v) {
        double s = 0;
        int n = 0;
        for (double d : v) {
            if (Double.isFinite(d)) {
                s += d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
