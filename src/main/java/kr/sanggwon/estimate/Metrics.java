package kr.sanggwon.estimate;

import java.util.List;

/**
 * Backtest metrics of one method on one task: median absolute percentage error, share of rows within ±20%, mean
 * absolute error in KRW (of the target: per store, or cell total), R² of log values, coverage of the 80% range and
 * the shares of actual values above and below it (filled in later), and the number of test rows.
 */
public record Metrics(double medianApe, double within20, double maeKrw, double r2Log, double coverage80, double missAbove,
                      double missBelow, int n) implements java.io.Serializable {
    /** APE at or below this counts as "within ±20%". */
    public static final double NEAR = 0.20;

    /** Metrics of predictions (log scale) against actual targets; coverage is filled in later. */
    public static Metrics of(List<Residual> residuals) {
        int n = residuals.size();
        if (n == 0) {
            return new Metrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] ape = new double[n];
        double abs = 0;
        double meanLog = 0;
        int near = 0;
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
            if (ape[i] <= NEAR) {
                near++;
            }
            abs += Math.abs(pred - r.actual());
            double la = Math.log(r.actual());
            ssRes += (la - r.predLog()) * (la - r.predLog());
            ssTot += (la - meanLog) * (la - meanLog);
        }
        return new Metrics(Stats.median(ape), (double) near / n, abs / n, ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, n);
    }

    public Metrics withCoverage(Conformal.Coverage c) {
        return new Metrics(medianApe, within20, maeKrw, r2Log, c.hit(), c.above(), c.below(), n);
    }
}
