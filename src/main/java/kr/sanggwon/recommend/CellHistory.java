package kr.sanggwon.recommend;

/**
 * One district × industry at quarter T and the four quarters before: sales and stores per quarter (index 0 = T−4,
 * 4 = T; NaN = not published), and the closing rate (%) averaged over the quarters published in T−3 … T.
 */
record CellHistory(double[] sales, double[] stores, double closeRate, double closeCount) {
    static final int WINDOW = 5;

    static CellHistory empty() {
        double[] s = new double[WINDOW];
        double[] t = new double[WINDOW];
        java.util.Arrays.fill(s, Double.NaN);
        java.util.Arrays.fill(t, Double.NaN);
        return new CellHistory(s, t, Double.NaN, Double.NaN);
    }

    /** Sales per store at window index i (sales of the cell when {@code perStore} is false), NaN when unknown. */
    double value(int i, boolean perStore) {
        if (!perStore) {
            return sales[i] > 0 ? sales[i] : Double.NaN;
        }
        return sales[i] > 0 && stores[i] > 0 ? sales[i] / stores[i] : Double.NaN;
    }

    int quartersWithSales() {
        int n = 0;
        for (double s : sales) {
            if (s > 0) {
                n++;
            }
        }
        return n;
    }
}
