package kr.sanggwon.estimate;

import java.util.List;

/**
 * Backtest metrics of one method on one task: median absolute percentage error, mean absolute error in KRW (of the
 * target: per store, or cell total), R² of log values, coverage of the 80% range, and the number of test rows.
 */
public record Metrics(double medianApe, double maeKrw, double r2Log, double coverage80, int n) implements java.io.Serializable {
    /** Metrics of predictions (log scale) against actual targets; coverage is filled in later. */
    public static Metrics of(List<Residual> residuals) {
        int n = residuals.size();
        if (n == 0) {
            return new Metrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] ape = new double[n];
        double abs = 0;
        double meanLog = 0;
        for (Residual r : residuals) {
            meanLog += Math.log(r.actual());
        }
        meanLog /= n;
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < n; i++) {
            Residual r = residuals.get(i);
            double pred = Math.exp(r.predLog());
            ape[i] = Math.abs(pred - r.actual()) / r.actual();
            abs += Math.abs(pred - r.actual());
            double la = Math.log(r.actual());
            ssRes += (la - r.predLog()) * (la - r.predLog());
            ssTot += (la - meanLog) * (la - meanLog);
        }
        return new Metrics(Stats.median(ape), abs / n, ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN, Double.NaN, n);
    }

    public Metrics withCoverage(double coverage) {
        return new Metrics(medianApe, maeKrw, r2Log, coverage, n);
    }
}
