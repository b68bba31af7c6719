package kr.sanggwon.finance;

/**
 * The second column of a side-by-side comparison: the same plan in another district (its sales from the estimate
 * service), at another rent, or with another share of delivery sales.
 */
public record Scenario(Kind kind, String district, double rent, double deliveryShare) {
    /** What differs from the base plan. */
    public enum Kind { DISTRICT, RENT, DELIVERY }

    public static Scenario district(String code) {
        return new Scenario(Kind.DISTRICT, code, Double.NaN, Double.NaN);
    }

    public static Scenario rent(double won) {
        return new Scenario(Kind.RENT, null, won, Double.NaN);
    }

    public static Scenario delivery(double share) {
        return new Scenario(Kind.DELIVERY, null, Double.NaN, share);
    }

    /** The request of the second column. */
    public FinanceRequest apply(FinanceRequest base) {
        return switch (kind) {
            case DISTRICT -> base.withDistrict(district, null);
            case RENT -> base.withRent(rent);
            case DELIVERY -> base.withValue(Param.DELIVERY_SHARE, deliveryShare);
        };
    }

    /** Both columns: the base plan and the variant. */
    public record Comparison(Scenario scenario, FinanceResult base, FinanceResult variant) {
    }
}
