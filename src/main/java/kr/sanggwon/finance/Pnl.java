package kr.sanggwon.finance;

import java.util.ArrayList;
import java.util.List;

/**
 * The monthly P&L of a plan at its sales level, with break-even and payback.
 * <ul>
 *   <li>{@code breakEvenSales}: monthly sales at which profit before tax is zero (interest and depreciation counted);
 *   +∞ when variable costs take all of sales.</li>
 *   <li>{@code monthlyCash}: profit before tax plus depreciation (which is not paid out each month).</li>
 *   <li>{@code paybackMonths}: months for the cash to earn back the investment less the deposit; +∞ when the cash is
 *   not positive.</li>
 * </ul>
 * Income tax and VAT are not taken off.
 */
public record Pnl(double sales, List<PnlLine> lines, double variableRatio, double fixedCosts, double operatingProfit,
                  double operatingMargin, double interest, double profitBeforeTax, double depreciation, double monthlyCash,
                  double breakEvenSales, double paybackMonths) {

    /** Computes the P&L of {@code p} at its monthly sales. */
    public static Pnl of(Plan p) {
        double s = p.monthlySales();
        double delivery = s * p.deliveryShare();
        List<PnlLine> lines = new ArrayList<>();
        lines.add(new PnlLine(PnlLine.Kind.SALES, s));
        lines.add(new PnlLine(PnlLine.Kind.COGS, -s * p.cogsRatio()));
        lines.add(new PnlLine(PnlLine.Kind.CARD_FEES, -(s - delivery) * p.cardFeeRate()));
        lines.add(new PnlLine(PnlLine.Kind.DELIVERY_FEES, -delivery * p.deliveryCommission()));
        lines.add(new PnlLine(PnlLine.Kind.OTHER_VARIABLE, -s * p.otherCostRatio()));
        lines.add(new PnlLine(PnlLine.Kind.STAFF_WAGES, -p.staffWages()));
        lines.add(new PnlLine(PnlLine.Kind.STAFF_OVERHEAD, -p.staffOverhead()));
        lines.add(new PnlLine(PnlLine.Kind.OWNER_LABOUR, -p.ownerLabour()));
        lines.add(new PnlLine(PnlLine.Kind.RENT, -p.rent()));
        lines.add(new PnlLine(PnlLine.Kind.MAINTENANCE, -p.maintenance()));
        lines.add(new PnlLine(PnlLine.Kind.UTILITIES, -p.utilities()));
        if (p.digitalMonthly() != 0) {
            lines.add(new PnlLine(PnlLine.Kind.DIGITAL, -p.digitalMonthly()));
        }
        lines.add(new PnlLine(PnlLine.Kind.DEPRECIATION, -p.depreciation()));
        double operating = lines.stream().mapToDouble(PnlLine::amount).sum();
        lines.add(new PnlLine(PnlLine.Kind.OPERATING_PROFIT, operating));
        double interest = p.loan().monthlyInterest();
        lines.add(new PnlLine(PnlLine.Kind.INTEREST, -interest));
        double beforeTax = operating - interest;
        lines.add(new PnlLine(PnlLine.Kind.PROFIT_BEFORE_TAX, beforeTax));
        double v = p.variableRatio();
        double fixed = p.fixedCosts();
        double breakEven = v < 1 ? fixed / (1 - v) : Double.POSITIVE_INFINITY;
        double cash = beforeTax + p.depreciation();
        return new Pnl(s, List.copyOf(lines), v, fixed, operating, s > 0 ? operating / s : Double.NaN, interest, beforeTax,
                p.depreciation(), cash, breakEven, payback(p.investment().toRecover(), cash));
    }

    /** Months to earn back {@code toRecover} from a monthly cash flow; 0 when nothing to recover, +∞ when cash ≤ 0. */
    public static double payback(double toRecover, double monthlyCash) {
        if (toRecover <= 0) {
            return 0;
        }
        return monthlyCash > 0 ? toRecover / monthlyCash : Double.POSITIVE_INFINITY;
    }

    public double amount(PnlLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).mapToDouble(PnlLine::amount).findFirst().orElse(0);
    }
}
