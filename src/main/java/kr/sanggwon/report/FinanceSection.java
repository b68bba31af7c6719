package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.FinancePart;
import kr.sanggwon.consult.ScenarioSnapshot.LinePart;
import kr.sanggwon.consult.ScenarioSnapshot.SimulationPart;
import kr.sanggwon.consult.ScenarioSnapshot.TargetPart;

/**
 * 손익과 손익분기점 (수익 분석 as saved): the key figures, the monthly P&amp;L table, the break-even in words (sales and
 * customers a day), how demanding it is among the industry's districts, and the loss probability with its basis.
 */
final class FinanceSection implements ScenarioSection {
    @Override
    public boolean appliesTo(ScenarioSnapshot s) {
        return s.finance() != null;
    }

    @Override
    public void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException {
        FinancePart f = s.finance();
        out.heading(c.t("plan.heading"));
        String where = f.guName() == null ? f.districtName() : f.districtName() + "(" + f.guName() + ")";
        out.note(c.t("plan.intro", where, f.industryName(), salesBasis(c, f)));
        List<String[]> key = new ArrayList<>();
        key.add(new String[]{c.t("plan.item"), c.t("plan.value")});
        key.add(new String[]{c.text("finance.line.operating_profit"), c.money(f.operatingProfit())});
        key.add(new String[]{c.text("finance.compare.margin"), Formats.percent(f.operatingMargin())});
        key.add(new String[]{c.text("finance.compare.breakEven"), breakEven(c, f.breakEvenSales())});
        key.add(new String[]{c.text("finance.compare.customers"), customers(c, f)});
        key.add(new String[]{c.text("finance.compare.payback"), payback(c, f.paybackMonths())});
        key.add(new String[]{c.text("finance.compare.loss"), f.simulation() == null ? "-" : Formats.percent(f.simulation().lossProbability())});
        out.table(key, new float[]{0.55f, 0.45f}, new boolean[]{false, true});

        out.subheading(c.t("plan.pnl"));
        List<String[]> pnl = new ArrayList<>();
        pnl.add(new String[]{c.t("plan.line"), c.t("plan.amount"), c.t("plan.share")});
        double sales = f.sales().monthly();
        for (LinePart l : f.lines()) {
            String label = c.text("finance.line." + l.kind().toLowerCase(Locale.ROOT));
            pnl.add(new String[]{l.subtotal() ? "= " + label : label, c.money(l.amount()),
                    // + 0.0 turns a zero cost's −0.0 into 0.0 ("0.0%", not "-0.0%")
                    sales > 0 ? Formats.percent(l.amount() / sales + 0.0) : "-"});
        }
        out.table(pnl, new float[]{0.46f, 0.30f, 0.24f}, new boolean[]{false, true, true});

        out.subheading(c.t("plan.breakEvenHeading"));
        if (f.breakEvenSales() == null) {
            out.paragraph(c.t("plan.noBreakEven"));
        } else if (f.breakEvenCustomersPerDay() != null && f.averageTicket() != null) {
            out.paragraph(c.t("plan.breakEvenText", c.money(f.breakEvenSales()), Formats.number(f.breakEvenCustomersPerDay(), 0),
                    c.money(f.averageTicket()), c.quarter(f.dataQuarter())));
        } else {
            out.paragraph(c.t("plan.breakEvenTextNoTicket", c.money(f.breakEvenSales())));
        }
        for (TargetPart t : new TargetPart[]{f.guCheck(), f.seoulCheck()}) {
            if (t != null) {
                out.bullet(target(c, t, f.industryName()));
            }
        }
        if (f.guCheck() != null || f.seoulCheck() != null) {
            out.note(c.text("finance.target.caveat"));
        }
        SimulationPart sim = f.simulation();
        if (sim != null) {
            out.paragraph(c.t("plan.lossText", Formats.percent(sim.lossProbability()), payback(c, sim.paybackP10()),
                    payback(c, sim.paybackP90())));
            out.note(c.t("plan.monteCarlo", Formats.number(sim.draws(), 0), String.valueOf(sim.seed())));
        }
        for (String n : f.notes()) {
            out.note(c.text(n));
        }
        out.note(c.t("plan.ledgerHint"));
    }

    /** Where the plan's sales came from: the estimate (quarter) or typed by the consultant, with the range when known. */
    static String salesBasis(ReportContent c, FinancePart f) {
        String range = f.sales().low() == null || f.sales().high() == null ? ""
                : " (" + c.t("plan.range80", c.moneyRange(f.sales().low(), f.sales().high())) + ")";
        String money = c.money(f.sales().monthly()) + range;
        return "ESTIMATE".equals(f.sales().origin()) ? c.t("plan.salesFromEstimate", money, c.quarter(f.sales().targetQuarter()))
                : c.t("plan.salesTyped", money);
    }

    static String breakEven(ReportContent c, Double won) {
        return won == null ? c.text("finance.breakEven.none") : c.money(won);
    }

    static String payback(ReportContent c, Double months) {
        if (months == null) {
            return c.text("finance.payback.never");
        }
        if (months == 0) {
            return c.text("finance.payback.nothing");
        }
        return c.text("finance.payback.months", Formats.number(months, 0), Formats.number(months / 12, 1));
    }

    private static String customers(ReportContent c, FinancePart f) {
        return f.breakEvenCustomersPerDay() == null ? "-"
                : c.t("plan.customersValue", Formats.number(f.breakEvenCustomersPerDay(), 0));
    }

    /** The "상위 x%" sentence of a saved target check, in the report's language. */
    static String target(ReportContent c, TargetPart t, String industryName) {
        String where = "GU".equals(t.scope()) ? t.guName() : c.text("finance.target.seoul");
        if (t.atOrAbove() == 0) {
            return c.text("finance.target.aboveAll", c.money(t.breakEven()), where, industryName, t.districts(), c.money(t.median()));
        }
        return c.text("finance.target.sentence", c.money(t.breakEven()), where, industryName, t.districts(),
                Formats.percent(t.topShare()), c.money(t.median())) + " " + c.t("plan.targetQuarter", c.quarter(t.quarter()));
    }
}
