package kr.sanggwon.estimate;

import kr.sanggwon.common.Text;

/**
 * What the user says about the planned shop, and what it does to an estimate's per-store figures.
 * <ul>
 *   <li>행정동 grain: the model predicts the whole cell; the same-industry stores already there ({@code existingStores})
 *   plus the new shop share it.</li>
 *   <li>상권 grain: the model predicts sales per store of the stores published for the last quarter. Another count of
 *   existing stores, or counting the new shop ({@code countNewShop}), spreads the same cell sales over that many.</li>
 * </ul>
 * Both read the area's sales of the industry as fixed: a new shop that brings its own customers does better.
 */
public record StoreDetails(int existingStores, boolean countNewShop) {
    public static final StoreDetails NONE = new StoreDetails(0, false);

    public StoreDetails {
        if (existingStores < 0) {
            throw new IllegalArgumentException("existingStores < 0");
        }
    }

    /** Stores the cell's sales are shared by under these details; NaN when the estimate's own figure stands. */
    public double sharingStores(Estimate e) {
        if (!e.perStore()) {
            return existingStores > 0 ? existingStores + 1 : Double.NaN;
        }
        double base = existingStores > 0 ? existingStores : e.stores();
        if (!(base > 0) || (existingStores == 0 && !countNewShop)) {
            return Double.NaN;
        }
        return base + (countNewShop ? 1 : 0);
    }

    /** Multiplier from the estimate's monthly/quarterly figures to sales per store of the new shop (1 = unchanged). */
    public double factor(Estimate e) {
        double k = sharingStores(e);
        if (Double.isNaN(k)) {
            return 1.0;
        }
        return e.perStore() ? e.stores() / k : 1.0 / k;
    }

    /** Per-store figures of the new shop under these details, with the assumption in words. */
    public record ForNewShop(int existingStores, boolean countNewShop, double sharingStores, double factor, double monthly,
                             double monthlyLow, double monthlyHigh, double quarterly, Text note) {
    }

    /** The new shop's figures, or null when the details change nothing (the estimate's own figures stand). */
    public ForNewShop forNewShop(Estimate e) {
        Text note = note(e);
        if (note == null) {
            return null;
        }
        double f = factor(e);
        return new ForNewShop(existingStores, countNewShop, sharingStores(e), f, e.monthly() * f, e.monthlyLow() * f,
                e.monthlyHigh() * f, e.quarterly() * f, note);
    }

    /** One line saying what was assumed (to render in the edge's language), or null when the details change nothing. */
    public Text note(Estimate e) {
        double k = sharingStores(e);
        if (Double.isNaN(k)) {
            return null;
        }
        if (!e.perStore()) {
            return Text.of("estimate.ui.splitNote", (long) k);
        }
        return Text.of("estimate.note.storeShare", e.industryName(), (long) e.stores(), (long) k);
    }
}
