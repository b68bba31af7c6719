package kr.sanggwon.estimate;

import java.util.Map;

/**
 * The features of one cell for one target quarter, built only from information up to {@code infoQuarter}.
 * Arrays are indexed by {@link Feature#ordinal()}: {@code values} holds model inputs (NaN = missing),
 * {@code nominal} the category values, {@code display} the plain value shown to people. {@code asOf} records, per
 * context table, the quarter actually joined (latest available at or before the information quarter).
 */
public record FeatureRow(Cell cell, int targetQuarter, int infoQuarter, double[] values, String[] nominal, double[] display,
                         Map<ContextTable, Integer> asOf) {
    public double value(Feature f) {
        return values[f.ordinal()];
    }

    public String nominal(Feature f) {
        return nominal[f.ordinal()];
    }

    /** A copy with one feature replaced (used for driver attribution). */
    public FeatureRow with(Feature f, double value, String nominalValue) {
        double[] v = values.clone();
        String[] n = nominal.clone();
        v[f.ordinal()] = value;
        n[f.ordinal()] = nominalValue;
        return new FeatureRow(cell, targetQuarter, infoQuarter, v, n, display, asOf);
    }
}
