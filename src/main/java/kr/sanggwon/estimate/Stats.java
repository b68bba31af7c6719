package kr.sanggwon.estimate;

import java.util.Arrays;
import java.util.Collection;

/** Small statistics helpers (median, quantile) used by baselines, metrics and intervals. */
public final class Stats {
    private Stats() {
    }

    public static double median(Collection<Double> values) {
        return quantile(values, 0.5);
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    public static double quantile(Collection<Double> values, double p) {
        double[] a = new double[values.size()];
        int i = 0;
        for (Double d : values) {
            a[i++] = d;
        }
        return quantile(a, p);
    }

    /** Linear-interpolated quantile of the finite values; NaN when there are none. */
    public static double quantile(double[] values, double p) {
        double[] a = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (a.length == 0) {
            return Double.NaN;
        }
        double pos = p * (a.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return a[lo] + (a[hi] - a[lo]) * (pos - lo);
    }
}
