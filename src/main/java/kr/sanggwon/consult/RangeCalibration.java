package kr.sanggwon.consult;

import java.util.Arrays;
import java.util.List;

/**
 * Local calibration of this consultant's ranges from 사후 점검 records (it never leaves the laptop). For each month
 * with a forecast and its 80% range: r = ln(actual / forecast) and the range's half-width h in the same log terms.
 * With at least {@value #MIN_RECORDS} records from {@value #MIN_CLIENTS} clients, the ranges are stretched (or
 * shrunk) by k = (80th percentile of |r|) / (median h), held within [{@value #MIN_K}, {@value #MAX_K}]: the width at
 * which 80% of this consultant's shops would have fallen inside. With fewer records k = 1 and nothing changes.
 */
public record RangeCalibration(int records, int clients, double coverage, double medianAbsError, double k, boolean active) {
    public static final int MIN_RECORDS = 6;
    public static final int MIN_CLIENTS = 3;
    public static final double MIN_K = 0.5;
    public static final double MAX_K = 2.0;

    /** One month compared: actual vs the forecast and range given. */
    public record Point(double actual, double forecast, double low, double high) {
        double logError() {
            return Math.log(actual / forecast);
        }

        double halfWidth() {
            return (Math.log(high / forecast) + Math.log(forecast / low)) / 2;
        }

        boolean inside() {
            return actual >= low && actual <= high;
        }
    }

    static RangeCalibration of(List<Point> points, int clients) {
        if (points.isEmpty()) {
            return new RangeCalibration(0, clients, Double.NaN, Double.NaN, 1.0, false);
        }
        double coverage = points.stream().filter(Point::inside).count() / (double) points.size();
        double[] abs = points.stream().mapToDouble(p -> Math.abs(p.actual() / p.forecast() - 1)).sorted().toArray();
        double medianAbs = quantile(abs, 0.5);
        boolean enough = points.size() >= MIN_RECORDS && clients >= MIN_CLIENTS;
        double k = 1.0;
        if (enough) {
            double[] r = points.stream().mapToDouble(p -> Math.abs(p.logError())).sorted().toArray();
            double[] h = points.stream().mapToDouble(Point::halfWidth).sorted().toArray();
            double median = quantile(h, 0.5);
            k = median > 0 ? Math.max(MIN_K, Math.min(MAX_K, quantile(r, 0.8) / median)) : 1.0;
        }
        return new RangeCalibration(points.size(), clients, coverage, medianAbs, k, enough);
    }

    /** Linear-interpolated quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        double frac = pos - i;
        return i + 1 < sorted.length ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    /** The range around {@code forecast} stretched by k (unchanged when not active): {low, high}. */
    public double[] apply(double forecast, double low, double high) {
        if (!active || forecast <= 0 || low <= 0 || high <= 0) {
            return new double[] {low, high};
        }
        return new double[] {forecast * Math.exp(k * Math.log(low / forecast)), forecast * Math.exp(k * Math.log(high / forecast))};
    }

    @Override
    public String toString() {
        return "RangeCalibration" + Arrays.toString(new double[] {records, clients, coverage, medianAbsError, k});
    }
}
