package kr.sanggwon.finance;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a plan before it is simulated; returns every problem found (empty = fine). The same rules serve the screen
 * (shown next to each field as the user types) and the CLI (printed, exit code 1).
 */
public final class PlanValidator {
    /** Above this a money input is taken for a typing error (1조원). */
    static final double MAX_MONEY = 1e12;
    /** Monthly rent above sales × this is refused as absurd. */
    static final double MAX_RENT_TO_SALES = 10;
    static final double MAX_STAFF = 200;
    static final double MAX_LOAN_RATE = 0.3;
    static final int MAX_LOAN_TERM = 600;
    static final double MAX_YEARS = 50;

    private PlanValidator() {
    }

    /** Problems of a plan with its sales range ({@code low}/{@code high} NaN when there is none). */
    public static List<Problem> check(Plan p, double low, double high) {
        List<Problem> out = new ArrayList<>();
        double s = p.monthlySales();
        if (!Double.isFinite(s) || s <= 0) {
            out.add(new Problem(Field.SALES, "finance.invalid.salesMissing"));
        } else if (s > MAX_MONEY) {
            out.add(new Problem(Field.SALES, "finance.invalid.tooLarge", new Money(MAX_MONEY)));
        }
        if (Double.isFinite(low) || Double.isFinite(high)) {
            if (!(low > 0) || !(high >= low) || !Double.isFinite(high) || (s > 0 && (s < low || s > high))) {
                out.add(new Problem(Field.SALES_RANGE, "finance.invalid.range"));
            }
        }
        money(out, Field.DEPOSIT, p.investment().deposit());
        money(out, Field.PREMIUM, p.investment().premium());
        money(out, Field.INTERIOR, p.investment().interior());
        money(out, Field.EQUIPMENT, p.investment().equipment());
        if (money(out, Field.RENT, p.rent()) && s > 0 && p.rent() > s * MAX_RENT_TO_SALES) {
            out.add(new Problem(Field.RENT, "finance.invalid.rentVsSales", new Money(p.rent()), new Money(s)));
        }
        money(out, Field.MAINTENANCE, p.maintenance());
        money(out, Field.UTILITIES, p.utilities());
        if (!(p.staff() >= 0) || p.staff() > MAX_STAFF) {
            out.add(new Problem(Field.STAFF, "finance.invalid.staff", (int) MAX_STAFF));
        }
        money(out, Field.WAGE, p.wagePerStaff());
        if (p.ownerPriced()) {
            money(out, Field.OWNER_WAGE, p.ownerWage());
        }
        boolean ratiosOk = ratio(out, Field.COGS, p.cogsRatio());
        ratiosOk &= ratio(out, Field.CARD_FEE, p.cardFeeRate());
        ratiosOk &= ratio(out, Field.DELIVERY_COMMISSION, p.deliveryCommission());
        ratiosOk &= ratio(out, Field.DELIVERY_SHARE, p.deliveryShare());
        ratiosOk &= ratio(out, Field.OTHER_COSTS, p.otherCostRatio());
        if (ratiosOk && p.variableRatio() >= 1) {
            out.add(new Problem(Field.COGS, "finance.invalid.variableOver100", p.variableRatio()));
        }
        Loan loan = p.loan();
        if (money(out, Field.LOAN_AMOUNT, loan.amount()) && loan.amount() > 0) {
            if (!(loan.annualRate() >= 0) || loan.annualRate() > MAX_LOAN_RATE) {
                out.add(new Problem(Field.LOAN_RATE, "finance.invalid.loanRate", MAX_LOAN_RATE));
            }
            if (loan.termMonths() < 1 || loan.termMonths() > MAX_LOAN_TERM) {
                out.add(new Problem(Field.LOAN_TERM, "finance.invalid.loanTerm", MAX_LOAN_TERM));
            }
        }
        if (!(p.depreciationYears() > 0) || p.depreciationYears() > MAX_YEARS) {
            out.add(new Problem(Field.DEPRECIATION_YEARS, "finance.invalid.years", (int) MAX_YEARS));
        }
        return out;
    }

    /** Adds a problem when {@code v} is negative, not a number or absurdly large; true when it is fine. */
    private static boolean money(List<Problem> out, Field f, double v) {
        if (!Double.isFinite(v) || v < 0) {
            out.add(new Problem(f, "finance.invalid.negative"));
            return false;
        }
        if (v > MAX_MONEY) {
            out.add(new Problem(f, "finance.invalid.tooLarge", new Money(MAX_MONEY)));
            return false;
        }
        return true;
    }

    private static boolean ratio(List<Problem> out, Field f, double v) {
        if (!(v >= 0) || v > 1) {
            out.add(new Problem(f, "finance.invalid.ratio"));
            return false;
        }
        return true;
    }
}
