package kr.sanggwon.finance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Draws monthly sales levels from the estimate's range (a log-normal, see {@link LogNormalRange}) and runs each through
 * the plan's P&L. Reproducible: the same seed, draws and plan give the same numbers ({@link Random}'s Gaussian is
 * specified exactly by the Java platform). Each draw is the shop's typical month, so the uncertainty shown is about the
 * level the shop settles at, not month-to-month swings.
 */
public final class MonteCarlo {
    public static final int DEFAULT_DRAWS = 10_000;
    public static final long DEFAULT_SEED = 20_241L;
    static final int BINS = 30;
    static final int FAN_MONTHS = 60;

    private MonteCarlo() {
    }

    public static Simulation run(Plan plan, LogNormalRange sales, long seed, int draws) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws < 1");
        }
        Random random = new Random(seed);
        double[] profit = new double[draws];
        double[] cash = new double[draws];
        double[] payback = new double[draws];
        double v = plan.variableRatio();
        double fixed = plan.fixedCosts();
        double depreciation = plan.depreciation();
        double toRecover = plan.investment().toRecover();
        int losses = 0;
        int never = 0;
        for (int i = 0; i < draws; i++) {
            double s = sales.at(random.nextGaussian());
            profit[i] = s * (1 - v) - fixed;
            cash[i] = profit[i] + depreciation;
            payback[i] = Pnl.payback(toRecover, cash[i]);
            if (profit[i] < 0) {
                losses++;
            }
            if (toRecover > 0 && cash[i] <= 0) {
                never++;
            }
        }
        double breakEven = v < 1 ? fixed / (1 - v) : Double.POSITIVE_INFINITY;
        Arrays.sort(profit);
        Arrays.sort(cash);
        Arrays.sort(payback);
        List<Simulation.FanPoint> fan = new ArrayList<>();
        double c10 = quantile(cash, 0.1);
        double c50 = quantile(cash, 0.5);
        double c90 = quantile(cash, 0.9);
        for (int m = 0; m <= FAN_MONTHS; m++) {
            fan.add(new Simulation.FanPoint(m, -toRecover + m * c10, -toRecover + m * c50, -toRecover + m * c90));
        }
        return new Simulation(seed, draws, sales, losses / (double) draws, sales.cdf(breakEven),
                quantile(payback, 0.1), quantile(payback, 0.5), quantile(payback, 0.9), never / (double) draws,
                histogram(profit), List.copyOf(fan));
    }

    /** The q-quantile of sorted values (nearest rank). */
    static double quantile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static List<Simulation.Bin> histogram(double[] sorted) {
        double lo = quantile(sorted, 0.01);
        double hi = quantile(sorted, 0.99);
        if (!(hi > lo)) {
            return List.of(new Simulation.Bin(lo, hi, sorted.length));
        }
        double width = (hi - lo) / BINS;
        int[] counts = new int[BINS];
        for (double x : sorted) {
            if (x >= lo && x <= hi) {
                counts[Math.min(BINS - 1, (int) ((x - lo) / width))]++;
            }
        }
        List<Simulation.Bin> out = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            out.add(new Simulation.Bin(lo + b * width, lo + (b + 1) * width, counts[b]));
        }
        return List.copyOf(out);
    }
}
