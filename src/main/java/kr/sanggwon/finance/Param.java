package kr.sanggwon.finance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The editable defaults of the profit simulation. Their values, years and sources live in data (the bundled
 * {@code assumptions.csv} and the user's overrides in the database), never in code.
 */
public enum Param {
    MIN_WAGE_HOURLY("min_wage_hourly", Unit.WON),
    MONTHLY_HOURS("monthly_hours", Unit.HOURS),
    EMPLOYER_INSURANCE_RATE("employer_insurance_rate", Unit.RATIO),
    SEVERANCE_RATE("severance_rate", Unit.RATIO),
    CARD_FEE_RATE("card_fee_rate", Unit.RATIO),
    DELIVERY_COMMISSION("delivery_commission", Unit.RATIO),
    DELIVERY_SHARE("delivery_share", Unit.RATIO),
    COGS_RATIO("cogs_ratio", Unit.RATIO),
    OTHER_COST_RATIO("other_cost_ratio", Unit.RATIO),
    UTILITIES_MONTHLY("utilities_monthly", Unit.WON),
    DEPRECIATION_YEARS("depreciation_years", Unit.YEARS),
    LOAN_RATE("loan_rate", Unit.RATIO);

    /** How a value is read and shown. */
    public enum Unit { RATIO, WON, HOURS, YEARS }

    private final String id;
    private final Unit unit;

    Param(String id, Unit unit) {
        this.id = id;
        this.unit = unit;
    }

    /** The name used in the data file, the database and message keys ({@code finance.param.<id>}). */
    public String id() {
        return id;
    }

    public Unit unit() {
        return unit;
    }

    public static Optional<Param> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
