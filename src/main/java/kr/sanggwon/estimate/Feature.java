package kr.sanggwon.estimate;

/**
 * Every model input, defined in one place. {@code forecastOnly} features use the cell's own history (never in the
 * cold-start task); {@code perStoreGrainOnly} ones need store counts or 상권 data (absent at 행정동 grain).
 * Labels for people are the message keys {@code estimate.feature.<id>}; docs/MODEL_CARD.md describes each.
 */
public enum Feature {
    // district context (both tasks)
    GU(Kind.NOMINAL, Unit.NONE, false, false, "자치구 of the district"),
    TYPE(Kind.NOMINAL, Unit.NONE, false, false, "district type: 상권 type A/D/R/U, or H for a 행정동"),
    INDUSTRY(Kind.NOMINAL, Unit.NONE, false, false, "서비스 업종 code"),
    QUARTER_OF_YEAR(Kind.NOMINAL, Unit.NONE, false, false, "quarter of the year of the target quarter (seasonality)"),
    CHANGE_INDEX(Kind.NOMINAL, Unit.NONE, false, true, "상권변화지표 HH/HL/LH/LL as of the information quarter"),
    POP_TOTAL(Kind.NUMERIC, Unit.PEOPLE, false, false, "floating population of the quarter, log(1+x)"),
    POP_AGE_MATCH(Kind.NUMERIC, Unit.PEOPLE, false, false,
            "floating population weighted by the industry's sales share per age band (its key customers), log(1+x)"),
    POP_TIME_MATCH(Kind.NUMERIC, Unit.PEOPLE, false, false,
            "floating population weighted by the industry's sales share per time band (its key hours), log(1+x)"),
    POP_YOUNG_SHARE(Kind.NUMERIC, Unit.RATIO, false, false, "share of 20s and 30s in the floating population"),
    POP_WEEKEND_SHARE(Kind.NUMERIC, Unit.RATIO, false, false, "share of Saturday + Sunday in the floating population"),
    RESIDENTS(Kind.NUMERIC, Unit.PEOPLE, false, false, "resident population, log(1+x)"),
    HOUSEHOLDS(Kind.NUMERIC, Unit.COUNT, false, false, "households, log(1+x)"),
    WORKERS(Kind.NUMERIC, Unit.PEOPLE, false, false, "working population, log(1+x)"),
    INCOME(Kind.NUMERIC, Unit.MONEY, false, false, "average monthly income of residents (KRW), log"),
    SPEND_TOTAL(Kind.NUMERIC, Unit.MONEY, false, false, "total spending of the quarter (KRW), log; NaN when ≤ 0"),
    SPEND_FOOD_SHARE(Kind.NUMERIC, Unit.RATIO, false, false, "share of food (+ dining where published) in spending"),
    FACILITIES(Kind.NUMERIC, Unit.COUNT, false, false, "attracting facilities, log(1+x)"),
    SUBWAY(Kind.NUMERIC, Unit.COUNT, false, false, "subway stations"),
    BUS_STOPS(Kind.NUMERIC, Unit.COUNT, false, false, "bus stops"),
    SCHOOLS(Kind.NUMERIC, Unit.COUNT, false, false, "kindergartens + elementary + middle + high schools"),
    UNIVERSITIES(Kind.NUMERIC, Unit.COUNT, false, false, "universities"),
    HOSPITALS(Kind.NUMERIC, Unit.COUNT, false, false, "general hospitals + hospitals + pharmacies"),
    AREA(Kind.NUMERIC, Unit.AREA, false, false, "district area (m²), log"),
    OTHER_STORES(Kind.NUMERIC, Unit.COUNT, false, true, "stores of all other industries in the district, log(1+x)"),
    OTHER_SALES(Kind.NUMERIC, Unit.MONEY, false, false,
            "sales of all other industries in the district: per store (상권) or total (행정동), log"),
    OP_MONTHS(Kind.NUMERIC, Unit.MONTHS, false, true, "average operating months of businesses open in the district"),
    CLOSED_MONTHS(Kind.NUMERIC, Unit.MONTHS, false, true, "average operating months of businesses closed in the district"),
    // the cell's own history (forecast only)
    LAG1(Kind.NUMERIC, Unit.MONEY, true, false, "target of the last known quarter, log"),
    GROWTH_LAST(Kind.NUMERIC, Unit.LOG_RATIO, true, false, "log growth of the target over the last known quarter"),
    SEASON_LAST_YEAR(Kind.NUMERIC, Unit.LOG_RATIO, true, false,
            "log growth of the target into the same quarter one year earlier (q−5 → q−4)"),
    SEASON_GAP(Kind.NUMERIC, Unit.LOG_RATIO, true, false, "log of target(q−4) / target(q−1): what seasonal naive implies"),
    IND_GROWTH_LAST(Kind.NUMERIC, Unit.LOG_RATIO, true, false, "median log growth of the industry over the last known quarter"),
    IND_SEASON_GROWTH(Kind.NUMERIC, Unit.LOG_RATIO, true, false,
            "median log growth of the industry into the same quarter one year earlier"),
    STORES(Kind.NUMERIC, Unit.COUNT, true, true, "stores of the cell, log(1+x)"),
    SIMILAR_STORES(Kind.NUMERIC, Unit.COUNT, true, true, "similar-industry stores of the cell, log(1+x)"),
    FRANCHISE_SHARE(Kind.NUMERIC, Unit.RATIO, true, true, "franchise stores / stores"),
    OPEN_RATE(Kind.NUMERIC, Unit.PERCENT, true, true, "opening rate (%) of the cell"),
    CLOSE_RATE(Kind.NUMERIC, Unit.PERCENT, true, true, "closing rate (%) of the cell");

    /** How a feature enters Weka. */
    public enum Kind { NUMERIC, NOMINAL }

    /** How a feature's plain value is shown to people. */
    public enum Unit { NONE, PEOPLE, COUNT, MONEY, RATIO, PERCENT, MONTHS, AREA, LOG_RATIO }

    private final Kind kind;
    private final Unit unit;
    private final boolean forecastOnly;
    private final boolean perStoreGrainOnly;
    private final String description;

    Feature(Kind kind, Unit unit, boolean forecastOnly, boolean perStoreGrainOnly, String description) {
        this.kind = kind;
        this.unit = unit;
        this.forecastOnly = forecastOnly;
        this.perStoreGrainOnly = perStoreGrainOnly;
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

    public boolean perStoreGrainOnly() {
        return perStoreGrainOnly;
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
    public static java.util.List<Feature> of(Task task, Grain grain) {
        java.util.List<Feature> out = new java.util.ArrayList<>();
        for (Feature f : values()) {
            if (f.forecastOnly && task != Task.FORECAST) {
                continue;
            }
            if (f.perStoreGrainOnly && !grain.perStore()) {
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
