package kr.sanggwon.estimate;

import java.util.List;
import kr.sanggwon.common.Level;

/**
 * Simple forecast rules between the naive baselines and the Weka learners, fixed in advance (no tuning on a
 * backtest). {@code seasonal-move}: the last value moved by the industry's median move into the same quarter one
 * year earlier (the seasonality of the move; last value when that move is unknown). {@code local-change}: the
 * seasonal move plus a ridge-shrunk correction from the cell's own signals known at forecast time: its change over
 * the last quarter beyond the industry's (momentum or reversion), the same for its 자치구 and its district type, and
 * the change of its store count (openings and closings split sales).
 */
public final class ForecastRules {
    public static final String SEASONAL_MOVE = "seasonal-move";
    public static final String LOCAL_CHANGE = "local-change";
    /** Ridge penalty per training row on the unstandardised log-change inputs (fixed before any real backtest). */
    static final double RIDGE_PER_ROW = 0.01;

    private ForecastRules() {
    }

    public static Method seasonalMove() {
        return Baselines.simple(SEASONAL_MOVE, ForecastRules::seasonalMoveLog, Feature.IND_SEASON_GROWTH, false);
    }

    static double seasonalMoveLog(FeatureRow row) {
        double lag = row.value(Feature.LAG1);
        double move = row.value(Feature.IND_SEASON_GROWTH);
        return Double.isNaN(move) ? lag : lag + move;
    }

    /** The inputs of the local correction; a missing input counts as 0 (no signal). */
    static double[] localInputs(FeatureRow row) {
        double own = row.value(Feature.GROWTH_LAST) - row.value(Feature.IND_GROWTH_LAST);
        return new double[] {nz(own), nz(row.value(Feature.GU_GROWTH_LAST)), nz(row.value(Feature.TYPE_GROWTH_LAST)),
                nz(row.value(Feature.STORES_CHANGE))};
    }

    public static Method localChange() {
        return new Method() {
            @Override
            public String id() {
                return LOCAL_CHANGE;
            }

            @Override
            public boolean baseline() {
                return false;
            }

            @Override
            public String params() {
                return "ridge " + RIDGE_PER_ROW + " per row, no intercept; inputs: own, 자치구 and type change beyond the industry's, store change";
            }

            @Override
            public boolean fallsBack(FeatureRow row) {
                return Double.isNaN(row.value(Feature.IND_SEASON_GROWTH));
            }

            @Override
            public Predictor fit(List<Example> training, Task task, Level grain) {
                return new Local(ridge(training, task));
            }
        };
    }

    /** Ridge regression without intercept of the model target on the local inputs (normal equations, k = 4). */
    static double[] ridge(List<Example> training, Task task) {
        int k = 4;
        double[][] a = new double[k][k + 1];
        int n = 0;
        for (Example e : training) {
            double z = e.modelTarget(task);
            if (!Double.isFinite(z)) {
                continue;
            }
            double[] x = localInputs(e.row());
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    a[i][j] += x[i] * x[j];
                }
                a[i][k] += x[i] * z;
            }
            n++;
        }
        if (n == 0) {
            return new double[k];
        }
        for (int i = 0; i < k; i++) {
            a[i][i] += RIDGE_PER_ROW * n;
        }
        return solve(a, k);
    }

    /** Gaussian elimination with partial pivoting of an augmented k × (k+1) system. */
    private static double[] solve(double[][] a, int k) {
        for (int c = 0; c < k; c++) {
            int p = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            if (Math.abs(a[c][c]) < 1e-12) {
                return new double[k];
            }
            for (int r = 0; r < k; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int j = c; j <= k; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[] beta = new double[k];
        for (int i = 0; i < k; i++) {
            beta[i] = a[i][k] / a[i][i];
        }
        return beta;
    }

    private static double nz(double x) {
        return Double.isFinite(x) ? x : 0;
    }

    /** The fitted local rule: seasonal move + β · local inputs. */
    record Local(double[] beta) implements Predictor {
        private static final long serialVersionUID = 1L;

        @Override
        public double predictLog(FeatureRow row) {
            double base = seasonalMoveLog(row);
            double[] x = localInputs(row);
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += beta[i] * x[i];
            }
            return base + s;
        }
    }
}
