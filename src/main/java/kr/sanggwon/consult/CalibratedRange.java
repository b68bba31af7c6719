package kr.sanggwon.consult;

/**
 * The model's 80% range around a forecast, widened or narrowed by this consultant's {@link RangeCalibration}
 * ("내 상담 기록으로 보정한 범위"). Shown beside the model's range, never instead of it; {@code records} and
 * {@code clients} say what it rests on and {@code k} how much it stretched the range.
 */
public record CalibratedRange(double monthly, double monthlyLow, double monthlyHigh, double quarterly, double quarterlyLow,
                              double quarterlyHigh, double k, int records, int clients) {

    /**
     * The calibrated range of a forecast with its model range (monthly and quarterly), or null when the calibration is
     * not active yet (too few records) or the model gave no usable range.
     */
    public static CalibratedRange of(RangeCalibration c, double monthly, double monthlyLow, double monthlyHigh, double quarterly,
                                     double quarterlyLow, double quarterlyHigh) {
        if (c == null || !c.active() || !usable(monthly, monthlyLow, monthlyHigh)) {
            return null;
        }
        double[] m = c.apply(monthly, monthlyLow, monthlyHigh);
        double[] q = usable(quarterly, quarterlyLow, quarterlyHigh) ? c.apply(quarterly, quarterlyLow, quarterlyHigh)
                : new double[] {Double.NaN, Double.NaN};
        return new CalibratedRange(monthly, m[0], m[1], quarterly, q[0], q[1], c.k(), c.records(), c.clients());
    }

    private static boolean usable(double point, double low, double high) {
        return Double.isFinite(point) && Double.isFinite(low) && Double.isFinite(high) && point > 0 && low > 0 && high >= low;
    }
}
