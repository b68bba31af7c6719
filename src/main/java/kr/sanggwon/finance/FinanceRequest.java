package kr.sanggwon.finance;

import java.util.Map;
import kr.sanggwon.estimate.StoreDetails;

/**
 * What the user asks: a district and industry, the sales ({@code null}: take the estimate service's monthly point and
 * range, with {@code storeDetails} applied), the money inputs in won, and their own {@code values} for any default
 * (cost ratios, fees, utilities, loan rate, minimum wage, …; absent ones come from the saved or bundled defaults).
 * {@code wagePerStaff} and {@code ownerWage}: NaN = the minimum wage of the year for a full month.
 * {@code digitalMonthly}: monthly fees of digital tools the shop takes up (0 when none).
 */
public record FinanceRequest(String district, String industry, SalesBasis sales, StoreDetails storeDetails,
                             Investment investment, double rent, double maintenance, double staff, double wagePerStaff,
                             boolean ownerPriced, double ownerWage, double loanAmount, int loanTermMonths,
                             Map<Param, Double> values, long seed, int draws, double digitalMonthly) {
    public FinanceRequest {
        storeDetails = storeDetails == null ? StoreDetails.NONE : storeDetails;
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** A request without digital tool fees. */
    public FinanceRequest(String district, String industry, SalesBasis sales, StoreDetails storeDetails,
                          Investment investment, double rent, double maintenance, double staff, double wagePerStaff,
                          boolean ownerPriced, double ownerWage, double loanAmount, int loanTermMonths,
                          Map<Param, Double> values, long seed, int draws) {
        this(district, industry, sales, storeDetails, investment, rent, maintenance, staff, wagePerStaff, ownerPriced, ownerWage,
                loanAmount, loanTermMonths, values, seed, draws, 0);
    }

    /** The same plan with other sales, investment and digital tool fees (디지털 전환 진단's "after"). */
    public FinanceRequest withDigital(SalesBasis otherSales, Investment otherInvestment, double monthlyFees) {
        return new FinanceRequest(district, industry, otherSales, storeDetails, otherInvestment, rent, maintenance, staff, wagePerStaff,
                ownerPriced, ownerWage, loanAmount, loanTermMonths, values, seed, draws, monthlyFees);
    }

    public FinanceRequest withDistrict(String otherDistrict, SalesBasis otherSales) {
        return new FinanceRequest(otherDistrict, industry, otherSales, storeDetails, investment, rent, maintenance, staff, wagePerStaff,
                ownerPriced, ownerWage, loanAmount, loanTermMonths, values, seed, draws, digitalMonthly);
    }

    public FinanceRequest withRent(double otherRent) {
        return new FinanceRequest(district, industry, sales, storeDetails, investment, otherRent, maintenance, staff, wagePerStaff,
                ownerPriced, ownerWage, loanAmount, loanTermMonths, values, seed, draws, digitalMonthly);
    }

    public FinanceRequest withValue(Param p, double value) {
        Map<Param, Double> v = new java.util.EnumMap<>(Param.class);
        v.putAll(values);
        v.put(p, value);
        return new FinanceRequest(district, industry, sales, storeDetails, investment, rent, maintenance, staff, wagePerStaff,
                ownerPriced, ownerWage, loanAmount, loanTermMonths, v, seed, draws, digitalMonthly);
    }
}
