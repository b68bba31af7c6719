package kr.sanggwon.recommend;

/**
 * The estimate service's expected sales for one row (per store at 상권 grain, the cell at 행정동 grain): monthly point
 * and 80% range, the quarter it is for and the method; or, when no estimate could be made, the reason as a message
 * key and arguments ({@code errorKey} non-null).
 */
public record ExpectedSales(String district, double monthly, double monthlyLow, double monthlyHigh, int targetQuarter,
                            String method, String errorKey, Object[] errorArgs) {
    public boolean ok() {
        return errorKey == null;
    }
}
