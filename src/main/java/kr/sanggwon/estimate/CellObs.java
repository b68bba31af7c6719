package kr.sanggwon.estimate;

/**
 * One cell in one quarter: sales of the quarter and, at 상권 grain, store counts (NaN when not published).
 * {@code target} is sales per store (상권) or total sales (행정동); NaN when it cannot be formed.
 * {@code storesFrom}: 0 when the store count is the quarter's own; else the earlier quarter whose count was carried
 * forward because the quarter has sales but no published store count (rates are then unknown).
 */
public record CellObs(double sales, double stores, double similarStores, double openRate, double closeRate, double franchise,
                      double target, int storesFrom) {
    public CellObs(double sales, double stores, double similarStores, double openRate, double closeRate, double franchise,
                   double target) {
        this(sales, stores, similarStores, openRate, closeRate, franchise, target, 0);
    }

    /** Whether the store count (and so the per-store target) was carried forward from an earlier quarter. */
    public boolean storesCarried() {
        return storesFrom != 0;
    }
}
