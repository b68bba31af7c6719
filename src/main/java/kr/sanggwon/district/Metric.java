package kr.sanggwon.district;

import kr.sanggwon.ingest.FactDataset;

/** A KPI shown on the dashboard and in comparisons: its unit, which direction is better, and its source dataset. */
public enum Metric {
    SALES(Unit.MONEY, Direction.HIGHER, FactDataset.SALES),
    SALES_PER_STORE(Unit.MONEY, Direction.HIGHER, FactDataset.SALES),
    SALES_COUNT(Unit.COUNT, Direction.HIGHER, FactDataset.SALES),
    STORES(Unit.COUNT, Direction.NONE, FactDataset.STORES),
    OPEN_RATE(Unit.PERCENT, Direction.NONE, FactDataset.STORES),
    CLOSE_RATE(Unit.PERCENT, Direction.LOWER, FactDataset.STORES),
    FRANCHISE_SHARE(Unit.PERCENT, Direction.NONE, FactDataset.STORES),
    FLOATING(Unit.PEOPLE, Direction.HIGHER, FactDataset.FLOATING),
    RESIDENTS(Unit.PEOPLE, Direction.HIGHER, FactDataset.RESIDENT),
    WORKERS(Unit.PEOPLE, Direction.HIGHER, FactDataset.WORKER),
    CHANGE_INDEX(Unit.TEXT, Direction.NONE, FactDataset.CHANGE),
    OP_MONTHS(Unit.MONTHS, Direction.HIGHER, FactDataset.CHANGE);

    /** How a value is read and how its change is expressed (percent metrics change in %p). */
    public enum Unit { MONEY, COUNT, PEOPLE, PERCENT, MONTHS, TEXT }

    /** Which value is better when districts are compared. */
    public enum Direction { HIGHER, LOWER, NONE }

    private final Unit unit;
    private final Direction direction;
    private final FactDataset dataset;

    Metric(Unit unit, Direction direction, FactDataset dataset) {
        this.unit = unit;
        this.direction = direction;
        this.dataset = dataset;
    }

    public Unit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public FactDataset dataset() {
        return dataset;
    }

    /** Message key of the KPI name, e.g. district.metric.SALES_PER_STORE. */
    public String labelKey() {
        return "district.metric." + name();
    }

    /** Message key of how the value is computed for the district as a whole, or for one industry. */
    public String formulaKey(boolean oneIndustry) {
        return "district.formula." + name() + (oneIndustry ? ".industry" : ".total");
    }
}
