package kr.sanggwon.finance;

/**
 * Everything the monthly P&L needs, resolved: money in won a month unless said otherwise, ratios as fractions of
 * sales. {@code staff}: full-time equivalents, each paid {@code wagePerStaff} a month plus the employer's insurance and
 * severance rates on top. {@code ownerPriced}: the owner's own work is counted as a cost of {@code ownerWage}.
 * Card fees apply to the sales not made through delivery apps; the app commission to those that are.
 * {@code digitalMonthly}: monthly fees of digital tools the shop plans to take up (디지털 전환 진단), a fixed cost.
 */
public record Plan(double monthlySales, Investment investment, double rent, double maintenance, double utilities,
                   double staff, double wagePerStaff, double employerInsuranceRate, double severanceRate,
                   boolean ownerPriced, double ownerWage,
                   double cogsRatio, double cardFeeRate, double deliveryCommission, double deliveryShare, double otherCostRatio,
                   Loan loan, double depreciationYears, double digitalMonthly) {

    /** A plan without digital tool fees. */
    public Plan(double monthlySales, Investment investment, double rent, double maintenance, double utilities,
                double staff, double wagePerStaff, double employerInsuranceRate, double severanceRate,
                boolean ownerPriced, double ownerWage,
                double cogsRatio, double cardFeeRate, double deliveryCommission, double deliveryShare, double otherCostRatio,
                Loan loan, double depreciationYears) {
        this(monthlySales, investment, rent, maintenance, utilities, staff, wagePerStaff, employerInsuranceRate, severanceRate,
                ownerPriced, ownerWage, cogsRatio, cardFeeRate, deliveryCommission, deliveryShare, otherCostRatio, loan,
                depreciationYears, 0);
    }

    /** Costs that move with sales, as a fraction of sales. */
    public double variableRatio() {
        return cogsRatio + otherCostRatio + cardFeeRate * (1 - deliveryShare) + deliveryCommission * deliveryShare;
    }

    public double staffWages() {
        return staff * wagePerStaff;
    }

    public double staffOverhead() {
        return staffWages() * (employerInsuranceRate + severanceRate);
    }

    public double ownerLabour() {
        return ownerPriced ? ownerWage : 0;
    }

    public double depreciation() {
        return depreciationYears > 0 ? investment.depreciable() / (depreciationYears * 12) : 0;
    }

    /** Monthly costs that do not move with sales, interest and depreciation included. */
    public double fixedCosts() {
        return staffWages() + staffOverhead() + ownerLabour() + rent + maintenance + utilities + digitalMonthly + depreciation()
                + loan.monthlyInterest();
    }

    /** The same plan at another monthly sales level. */
    public Plan withSales(double sales) {
        return new Plan(sales, investment, rent, maintenance, utilities, staff, wagePerStaff, employerInsuranceRate, severanceRate,
                ownerPriced, ownerWage, cogsRatio, cardFeeRate, deliveryCommission, deliveryShare, otherCostRatio, loan, depreciationYears,
                digitalMonthly);
    }

    public Plan withRent(double newRent) {
        return new Plan(monthlySales, investment, newRent, maintenance, utilities, staff, wagePerStaff, employerInsuranceRate,
                severanceRate, ownerPriced, ownerWage, cogsRatio, cardFeeRate, deliveryCommission, deliveryShare, otherCostRatio, loan,
                depreciationYears, digitalMonthly);
    }

    public Plan withDeliveryShare(double share) {
        return new Plan(monthlySales, investment, rent, maintenance, utilities, staff, wagePerStaff, employerInsuranceRate,
                severanceRate, ownerPriced, ownerWage, cogsRatio, cardFeeRate, deliveryCommission, share, otherCostRatio, loan,
                depreciationYears, digitalMonthly);
    }
}
