package kr.sanggwon.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.sanggwon.consult.ScenarioSnapshot.FinancePart;
import kr.sanggwon.consult.ScenarioSnapshot.InputPart;
import kr.sanggwon.consult.ScenarioSnapshot.LinePart;
import kr.sanggwon.consult.ScenarioSnapshot.SalesPart;
import kr.sanggwon.consult.ScenarioSnapshot.SimulationPart;
import kr.sanggwon.consult.ScenarioSnapshot.TargetPart;
import kr.sanggwon.finance.Assumption;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.Plan;
import kr.sanggwon.finance.PnlLine;
import kr.sanggwon.finance.Simulation;
import kr.sanggwon.finance.TargetCheck;

/**
 * Copies a 수익 분석 result into a {@link FinancePart}: numbers and message keys only (the report words them in its own
 * language), every input with where it came from, so the saved plan never depends on today's defaults or data.
 */
public final class FinanceCapture {
    /** Units of {@link InputPart#unit()}. */
    public static final String WON = "WON";
    public static final String RATIO = "RATIO";
    public static final String COUNT = "COUNT";
    public static final String MONTHS = "MONTHS";

    private FinanceCapture() {
    }

    public static FinancePart of(FinanceResult r) {
        Plan p = r.plan();
        List<LinePart> lines = new ArrayList<>();
        for (PnlLine l : r.pnl().lines()) {
            lines.add(new LinePart(l.kind().name(), l.amount(), l.kind().subtotal()));
        }
        SalesPart sales = new SalesPart(r.sales().monthly(), r.sales().hasRange() ? r.sales().low() : null,
                r.sales().hasRange() ? r.sales().high() : null, r.sales().origin().name(), r.sales().targetQuarter());
        return new FinancePart(r.district(), r.districtName(), r.guName(), r.industry(), r.industryName(), r.dataQuarter(), sales,
                inputs(r), lines, r.pnl().operatingProfit(), Double.isFinite(r.pnl().operatingMargin()) ? r.pnl().operatingMargin() : 0,
                r.pnl().profitBeforeTax(), r.pnl().monthlyCash(), finite(r.pnl().breakEvenSales()), finite(r.averageTicket()),
                finite(r.breakEvenCustomersPerDay()), p.investment().toRecover(), finite(r.pnl().paybackMonths()),
                simulation(r.simulation()), target(r.guCheck()), target(r.seoulCheck()), List.copyOf(r.notes()));
    }

    /**
     * The plan's inputs: what the consultant entered (money, staff, loan), then every default with its source and year
     * and whether the consultant replaced it. A staff wage equal to the minimum wage of the year is that default's.
     */
    static List<InputPart> inputs(FinanceResult r) {
        Plan p = r.plan();
        Map<Param, Assumption> a = r.assumptions();
        List<InputPart> out = new ArrayList<>();
        entered(out, "deposit", WON, p.investment().deposit());
        entered(out, "premium", WON, p.investment().premium());
        entered(out, "interior", WON, p.investment().interior());
        entered(out, "equipment", WON, p.investment().equipment());
        entered(out, "rent", WON, p.rent());
        entered(out, "maintenance", WON, p.maintenance());
        entered(out, "staff", COUNT, p.staff());
        double fullMonth = a.get(Param.MIN_WAGE_HOURLY).value() * a.get(Param.MONTHLY_HOURS).value();
        if (p.staff() > 0) {
            wage(out, "wage", p.wagePerStaff(), fullMonth, a.get(Param.MIN_WAGE_HOURLY));
        }
        if (p.ownerPriced()) {
            wage(out, "ownerWage", p.ownerWage(), fullMonth, a.get(Param.MIN_WAGE_HOURLY));
        }
        entered(out, "loanAmount", WON, p.loan().amount());
        if (p.loan().amount() > 0) {
            entered(out, "loanTerm", MONTHS, p.loan().termMonths());
        }
        for (Param param : Param.values()) {
            Assumption x = a.get(param);
            if (x != null) {
                out.add(new InputPart(param.id(), "finance.param." + param.id(), param.unit().name(), x.value(), x.sourceKo(),
                        x.sourceEn(), x.year(), x.userSet()));
            }
        }
        return out;
    }

    private static void entered(List<InputPart> out, String field, String unit, double value) {
        out.add(new InputPart(field, "finance.field." + field, unit, value, null, null, null, true));
    }

    private static void wage(List<InputPart> out, String field, double wage, double fullMonth, Assumption minWage) {
        boolean isDefault = Math.abs(wage - fullMonth) < 0.5;
        out.add(isDefault ? new InputPart(field, "finance.field." + field, WON, wage, minWage.sourceKo(), minWage.sourceEn(), minWage.year(),
                minWage.userSet()) : new InputPart(field, "finance.field." + field, WON, wage, null, null, null, true));
    }

    private static SimulationPart simulation(Simulation s) {
        return s == null ? null : new SimulationPart(s.seed(), s.draws(), s.lossProbability(), finite(s.paybackP10()),
                finite(s.paybackP50()), finite(s.paybackP90()), s.neverPaysBack());
    }

    private static TargetPart target(TargetCheck t) {
        // no break-even (variable costs take all of sales): nothing to place among the districts
        return t == null || !Double.isFinite(t.breakEven()) ? null : new TargetPart(t.scope().name(), t.guName(), t.quarter(), t.districts(), t.atOrAbove(), t.topShare(),
                t.median(), t.breakEven());
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
