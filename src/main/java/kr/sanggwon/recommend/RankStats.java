package kr.sanggwon.recommend;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank statistics of the backtest: Spearman correlation (ties get their mean rank) and top-decile minus median. */
final class RankStats {
    private RankStats() {
    }

    static double spearman(double[] x, double[] y) {
        if (x.length < 3) {
            return Double.NaN;
        }
        return pearson(ranks(x), ranks(y));
    }

    static double[] ranks(double[] v) {
        Integer[] idx = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[idx[k]] = mean;
            }
            i = j + 1;
        }
        return r;
    }

    static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    /**
     * Median outcome of the top decile by {@code score} (at least one row; ties broken by position) minus the median
     * outcome of all rows.
     */
    static double topDecileMinusMedian(double[] score, double[] outcome) {
        int n = score.length;
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] idx = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> -score[i]));
        int k = Math.max(1, (int) Math.ceil(n / 10.0));
        double[] top = new double[k];
        for (int i = 0; i < k; i++) {
            top[i] = outcome[idx[i]];
        }
        return median(top) - median(outcome);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return Standardize.median(s);
    }
}
