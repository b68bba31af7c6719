package kr.sanggwon.finance;

import java.util.Arrays;
import java.util.List;

/**
 * How demanding a break-even is: where it falls among the monthly sales per store of the same industry across
 * districts (in one 자치구, or all of Seoul) at one quarter. The data publish a district's total sales and store count,
 * not each shop's sales, so each district counts once with its average per store — the spread between single shops is
 * wider than this. {@code topShare}: share of districts whose average per store is at least {@code breakEven} (the
 * break-even is in the top {@code topShare}); {@code median}: the districts' median per store.
 */
public record TargetCheck(Scope scope, String guName, int quarter, int districts, int atOrAbove, double topShare, double median,
                          double breakEven) {

    /** Which districts were compared. */
    public enum Scope { GU, SEOUL }

    /** The check of {@code breakEven} against {@code perStoreMonthly} (one value per district); null when none. */
    public static TargetCheck of(Scope scope, String guName, int quarter, List<Double> perStoreMonthly, double breakEven) {
        double[] v = perStoreMonthly.stream().mapToDouble(Double::doubleValue).filter(x -> x > 0 && Double.isFinite(x)).sorted().toArray();
        if (v.length == 0) {
            return null;
        }
        int above = (int) Arrays.stream(v).filter(x -> x >= breakEven).count();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new TargetCheck(scope, guName, quarter, v.length, above, above / (double) v.length, median, breakEven);
    }
}
