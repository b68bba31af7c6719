package kr.sanggwon.finance;

import java.util.List;
import java.util.Map;

/**
 * The profit simulation of one plan: the resolved plan and the defaults it used (with sources), the monthly P&L with
 * break-even and payback, break-even customers a day at the district's average ticket ({@code averageTicket} =
 * sales amount / sales count of the cell in {@code dataQuarter}; NaN when the count is not published), where the
 * break-even stands among the industry's districts ({@code guCheck}, {@code seoulCheck}; null when no peers), and the
 * Monte Carlo ({@code simulation}; null without a sales range). {@code notes}: message keys for the edges.
 */
public record FinanceResult(String district, String districtName, String guName, String level, String industry, String industryName,
                            SalesBasis sales, Plan plan, Map<Param, Assumption> assumptions, Pnl pnl, int dataQuarter,
                            double averageTicket, double breakEvenCustomersPerDay, TargetCheck guCheck, TargetCheck seoulCheck,
                            Simulation simulation, List<String> notes) {
    /** Days in an average month. */
    public static final double DAYS_PER_MONTH = 365.0 / 12;
}
