package kr.sanggwon.finance;

/**
 * The monthly sales the plan rests on, per store: a point and, when known, its 80% range ({@code low}/{@code high}, NaN
 * when none). {@code origin}: from the estimate (made here or carried from 예상 매출) or typed by the user.
 * {@code targetQuarter}: the quarter the estimate is for (0 when typed).
 */
public record SalesBasis(double monthly, double low, double high, Origin origin, int targetQuarter) {
    /** Where the sales figure comes from. */
    public enum Origin { ESTIMATE, TYPED }

    public static SalesBasis typed(double monthly) {
        return new SalesBasis(monthly, Double.NaN, Double.NaN, Origin.TYPED, 0);
    }

    public static SalesBasis typed(double monthly, double low, double high) {
        return new SalesBasis(monthly, low, high, Origin.TYPED, 0);
    }

    public boolean hasRange() {
        return Double.isFinite(low) && Double.isFinite(high) && low > 0 && high >= low;
    }
}
