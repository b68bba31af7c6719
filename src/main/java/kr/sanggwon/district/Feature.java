package kr.sanggwon.district;

/** A standardized feature of the lookalike search, its weight, and whether it is compared on a log scale. */
public enum Feature {
    FLOATING(1.5, true), YOUNG_SHARE(1.0, false), SENIOR_SHARE(0.7, false), FEMALE_SHARE(0.5, false),
    LUNCH_SHARE(0.7, false), EVENING_SHARE(0.7, false), WORKERS(1.2, true), RESIDENTS(1.0, true),
    FACILITIES(0.8, true), SUBWAY(0.6, false), INCOME(0.8, true), APT_PRICE(0.6, true), TYPE(1.0, false),
    SALES_PER_STORE(1.5, true);

    private final double weight;
    private final boolean log;

    Feature(double weight, boolean log) {
        this.weight = weight;
        this.log = log;
    }

    public double weight() {
        return weight;
    }

    boolean log() {
        return log;
    }

    public String labelKey() {
        return "district.feature." + name();
    }
}
