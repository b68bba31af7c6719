package kr.sanggwon.cli;

import java.util.Map;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.finance.Assumption;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.FinanceText;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.PnlLine;
import kr.sanggwon.finance.Scenario;
import kr.sanggwon.finance.Simulation;

/** The finance command's text output in the current language. */
final class FinanceReport {
    private FinanceReport() {
    }

    static String text(FinanceResult r) {
        StringBuilder b = new StringBuilder();
        line(b, Messages.get("finance.cli.title", r.industryName(), r.districtName(), r.guName() == null ? "-" : r.guName(), r.district()));
        line(b, salesLine(r));
        line(b, Messages.get("finance.cli.pnl"));
        for (PnlLine l : r.pnl().lines()) {
            line(b, String.format("  %-14s %14s", Messages.get(l.kind().key()), FinanceText.money(l.amount())));
        }
        line(b, Messages.get("finance.cli.operating", FinanceText.money(r.pnl().operatingProfit()), Formats.percent(r.pnl().operatingMargin())));
        line(b, Messages.get("finance.cli.breakEven", FinanceText.breakEven(r.pnl().breakEvenSales()), customers(r)));
        line(b, Messages.get("finance.cli.payback", FinanceText.payback(r.pnl().paybackMonths()),
                FinanceText.money(r.plan().investment().toRecover())));
        Simulation s = r.simulation();
        if (s != null) {
            line(b, Messages.get("finance.cli.loss", Formats.percent(s.lossProbability()), Formats.percent(s.analyticLossProbability()),
                    s.draws(), s.seed()));
            line(b, Messages.get("finance.cli.paybackRange", FinanceText.payback(s.paybackP10()), FinanceText.payback(s.paybackP50()),
                    FinanceText.payback(s.paybackP90()), Formats.percent(s.neverPaysBack())));
        }
        line(b, FinanceText.target(r.guCheck(), r.industryName()));
        line(b, FinanceText.target(r.seoulCheck(), r.industryName()));
        line(b, Messages.get("finance.target.caveat"));
        line(b, Messages.get("finance.cli.assumptions"));
        for (Map.Entry<Param, Assumption> e : r.assumptions().entrySet()) {
            line(b, "  " + Messages.get("finance.cli.assumption", Messages.get("finance.param." + e.getKey().id()),
                    FinanceText.value(e.getKey(), e.getValue().value()), FinanceText.source(e.getValue())));
        }
        for (String n : r.notes()) {
            line(b, Messages.get("estimate.cli.note", Messages.get(n)));
        }
        return b.toString().stripTrailing();
    }

    static String salesLine(FinanceResult r) {
        String origin = Messages.get("finance.origin." + r.sales().origin().name().toLowerCase(java.util.Locale.ROOT));
        return r.sales().hasRange()
                ? Messages.get("finance.sales.range", FinanceText.money(r.sales().monthly()), FinanceText.money(r.sales().low()),
                        FinanceText.money(r.sales().high()), origin)
                : Messages.get("finance.sales.point", FinanceText.money(r.sales().monthly()), origin);
    }

    static String customers(FinanceResult r) {
        return Double.isFinite(r.breakEvenCustomersPerDay())
                ? Messages.get("finance.customers", Formats.number(r.breakEvenCustomersPerDay(), 0), FinanceText.money(r.averageTicket()),
                        Formats.quarter(r.dataQuarter()))
                : Messages.get("finance.customers.none");
    }

    /** The two columns of a comparison as rows. */
    static String comparison(Scenario.Comparison c) {
        StringBuilder b = new StringBuilder();
        line(b, Messages.get("finance.cli.compare", Messages.get("finance.scenario." + c.scenario().kind().name().toLowerCase(java.util.Locale.ROOT))));
        for (FinanceText.Row row : FinanceText.comparisonRows()) {
            line(b, String.format("  %-16s %16s %16s", row.label(), row.value().apply(c.base()), row.value().apply(c.variant())));
        }
        return b.toString().stripTrailing();
    }

    private static void line(StringBuilder b, String s) {
        b.append(s).append(System.lineSeparator());
    }
}
