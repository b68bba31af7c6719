package kr.sanggwon.estimate;

import kr.sanggwon.common.Level;

/**
 * Every model input, defined in one place. {@code forecastOnly} features use the cell's own history (never in the
 * cold-start task); {@code scope} says at which grain a feature exists (store counts and 상권 data only at 상권 grain, the
 * 상권 inside a 행정동 only at 행정동 grain).
 * Labels for people are the message keys {@code estimate.feature.<id>}; docs/MODEL_CARD.md describes each.
 */
public enum Feature {
    // district context (both tasks)
    GU(Kind.NOMINAL, Unit.NONE, false, Scope.BOTH, "자치구 of the district"),
    TYPE(Kind.NOMINAL, Unit.NONE, false, Scope.BOTH, "district type: 상권 type A/D/R/U, or H for a 행정동"),
    INDUSTRY(Kind.NOMINAL, Unit.NONE, false, Scope.BOTH, "서비스 업종 code"),
    QUARTER_OF_YEAR(Kind.NOMINAL, Unit.NONE, false, Scope.BOTH, "quarter of the year of the target quarter (seasonality)"),
    CHANGE_INDEX(Kind.NOMINAL, Unit.NONE, false, Scope.PER_STORE, "상권변화지표 HH/HL/LH/LL as of the information quarter"),
    POP_TOTAL(Kind.NUMERIC, Unit.PEOPLE, false, Scope.BOTH, "floating population of the quarter, log(1+x)"),
    POP_AGE_MATCH(Kind.NUMERIC, Unit.PEOPLE, false, Scope.BOTH,
            "floating population weighted by the industry's sales share per age band (its key customers), log(1+x)"),
    POP_TIME_MATCH(Kind.NUMERIC, Unit.PEOPLE, false, Scope.BOTH,
            "floating population weighted by the industry's sales share per time band (its key hours), log(1+x)"),
    POP_YOUNG_SHARE(Kind.NUMERIC, Unit.RATIO, false, Scope.BOTH, "share of 20s and 30s in the floating population"),
    POP_WEEKEND_SHARE(Kind.NUMERIC, Unit.RATIO, false, Scope.BOTH, "share of Saturday + Sunday in the floating population"),
    RESIDENTS(Kind.NUMERIC, Unit.PEOPLE, false, Scope.BOTH, "resident population, log(1+x)"),
    HOUSEHOLDS(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH, "households, log(1+x)"),
    WORKERS(Kind.NUMERIC, Unit.PEOPLE, false, Scope.BOTH, "working population, log(1+x)"),
    INCOME(Kind.NUMERIC, Unit.MONEY, false, Scope.BOTH, "average monthly income of residents (KRW), log"),
    SPEND_TOTAL(Kind.NUMERIC, Unit.MONEY, false, Scope.BOTH, "total spending of the quarter (KRW), log; NaN when ≤ 0"),
    SPEND_FOOD_SHARE(Kind.NUMERIC, Unit.RATIO, false, Scope.BOTH, "share of food (+ dining where published) in spending"),
    FACILITIES(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH, "attracting facilities, log(1+x)"),
    SUBWAY(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH, "subway stations"),
    BUS_STOPS(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH, "bus stops"),
    SCHOOLS(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH, "kindergartens + elementary + middle + high schools"),
    UNIVERSITIES(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH, "universities"),
    HOSPITALS(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH, "general hospitals + hospitals + pharmacies"),
    AREA(Kind.NUMERIC, Unit.AREA, false, Scope.BOTH, "district area (m²), log"),
    OTHER_STORES(Kind.NUMERIC, Unit.COUNT, false, Scope.PER_STORE, "stores of all other industries in the district, log(1+x)"),
    OTHER_SALES(Kind.NUMERIC, Unit.MONEY, false, Scope.BOTH,
            "sales of all other industries in the district: per store (상권) or total (행정동), log"),
    OP_MONTHS(Kind.NUMERIC, Unit.MONTHS, false, Scope.PER_STORE, "average operating months of businesses open in the district"),
    CLOSED_MONTHS(Kind.NUMERIC, Unit.MONTHS, false, Scope.PER_STORE, "average operating months of businesses closed in the district"),
    APT_HOUSEHOLDS(Kind.NUMERIC, Unit.COUNT, false, Scope.BOTH,
            "apartment households (all size bands), log(1+x); for a 행정동 the sum over the 상권 inside it"),
    APT_PRICE(Kind.NUMERIC, Unit.MONEY, false, Scope.BOTH,
            "average apartment price (KRW), log; for a 행정동 weighted by the households of the 상권 inside it"),
    // the 상권 lying inside a 행정동 (their master rows carry the 행정동 code): structure the 행정동 files do not publish
    INNER_TRDARS(Kind.NUMERIC, Unit.COUNT, false, Scope.DONG, "상권 inside the 행정동"),
    INNER_DEVELOPED(Kind.NUMERIC, Unit.COUNT, false, Scope.DONG, "발달상권 (type D) inside the 행정동"),
    INNER_AREA_SHARE(Kind.NUMERIC, Unit.RATIO, false, Scope.DONG, "area of the 상권 inside the 행정동 / area of the 행정동"),
    INNER_WORKERS(Kind.NUMERIC, Unit.PEOPLE, false, Scope.DONG, "working population of the 상권 inside the 행정동, log(1+x)"),
    INNER_POP(Kind.NUMERIC, Unit.PEOPLE, false, Scope.DONG, "floating population of the 상권 inside the 행정동, log(1+x)"),
    INNER_STORES(Kind.NUMERIC, Unit.COUNT, false, Scope.DONG,
            "stores (all industries published) in the 상권 inside the 행정동, log(1+x)"),
    // the cell's own history (forecast only)
    LAG1(Kind.NUMERIC, Unit.MONEY, true, Scope.BOTH, "target of the last known quarter, log"),
    GROWTH_LAST(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.BOTH, "log growth of the target over the last known quarter"),
    SEASON_LAST_YEAR(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.BOTH,
            "log growth of the target into the same quarter one year earlier (q−5 → q−4)"),
    SEASON_GAP(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.BOTH, "log of target(q−4) / target(q−1): what seasonal naive implies"),
    IND_GROWTH_LAST(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.BOTH, "median log growth of the industry over the last known quarter"),
    IND_SEASON_GROWTH(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.BOTH,
            "median log growth of the industry into the same quarter one year earlier"),
    GU_GROWTH_LAST(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.BOTH,
            "median log growth of the industry's cells in the same 자치구 over the last known quarter, minus the industry's"),
    TYPE_GROWTH_LAST(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.BOTH,
            "median log growth of the industry's cells of the same district type over the last known quarter, minus the industry's"),
    STORES(Kind.NUMERIC, Unit.COUNT, true, Scope.PER_STORE, "stores of the cell, log(1+x)"),
    SIMILAR_STORES(Kind.NUMERIC, Unit.COUNT, true, Scope.PER_STORE, "similar-industry stores of the cell, log(1+x)"),
    FRANCHISE_SHARE(Kind.NUMERIC, Unit.RATIO, true, Scope.PER_STORE, "franchise stores / stores"),
    OPEN_RATE(Kind.NUMERIC, Unit.PERCENT, true, Scope.PER_STORE, "opening rate (%) of the cell"),
    CLOSE_RATE(Kind.NUMERIC, Unit.PERCENT, true, Scope.PER_STORE, "closing rate (%) of the cell"),
    STORES_CHANGE(Kind.NUMERIC, Unit.LOG_RATIO, true, Scope.PER_STORE,
            "log change of the cell's store count over the last known quarter (openings and closings)");

    /** How a feature enters Weka. */
    public enum Kind { NUMERIC, NOMINAL }

    /** The grains a feature exists at. */
    public enum Scope {
        BOTH, PER_STORE, DONG;

        boolean includes(Level grain) {
            return this == BOTH || (this == PER_STORE) == grain.perStore();
        }
    }

    /** How a feature's plain value is shown to people. */
    public enum Unit { NONE, PEOPLE, COUNT, MONEY, RATIO, PERCENT, MONTHS, AREA, LOG_RATIO }

    private final Kind kind;
    private final Unit unit;
    private final boolean forecastOnly;
    private final Scope scope;
    private final String description;

    Feature(Kind kind, Unit unit, boolean forecastOnly, Scope scope, String description) {
        this.kind = kind;
        this.unit = unit;
        this.forecastOnly = forecastOnly;
        this.scope = scope;
        this.description = description;
    }

    public Kind kind() {
        return kind;
    }

    public Unit unit() {
        return unit;
    }

    public boolean forecastOnly() {
        return forecastOnly;
    }

    public Scope scope() {
        return scope;
    }

    public String description() {
        return description;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "estimate.feature." + id();
    }

    /** The features of a task at a grain, in a fixed order. */
    public static java.util.List<Feature> of(Task task, Level grain) {
        java.util.List<Feature> out = new java.util.ArrayList<>();
        for (Feature f : values()) {
            if (f.forecastOnly && task != Task.FORECAST) {
                continue;
            }
            if (!f.scope.includes(grain)) {
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
