package kr.sanggwon.finance;

import java.util.List;

/**
 * A Monte Carlo over the sales range: {@code draws} monthly sales levels from {@link LogNormalRange} with
 * {@code seed}, each run through the plan's P&L. {@code lossProbability}: share of draws with a loss before tax;
 * {@code analyticLossProbability}: the same from the log-normal's CDF at break-even (the closed form the draws
 * approximate). Payback quantiles in months (+∞ = never at that level); {@code neverPaysBack}: share of draws whose
 * monthly cash is not positive. {@code profitHistogram}: monthly profit before tax in equal bins between the 1% and 99%
 * quantiles. {@code cumulativeCash}: cumulative cash after each month (the deposit left out) at the 10/50/90%
 * quantiles of the draws.
 */
public record Simulation(long seed, int draws, LogNormalRange sales, double lossProbability, double analyticLossProbability,
                         double paybackP10, double paybackP50, double paybackP90, double neverPaysBack,
                         List<Bin> profitHistogram, List<FanPoint> cumulativeCash) {

    /** One histogram bin [from, to) with its draw count. */
    public record Bin(double from, double to, int count) {
    }

    /** Cumulative cash at month {@code month}: 10%, 50%, 90% quantiles. */
    public record FanPoint(int month, double p10, double p50, double p90) {
    }
}
