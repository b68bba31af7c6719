package kr.sanggwon.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.finance.Assumption;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.PnlLine;
import kr.sanggwon.finance.Simulation;
import kr.sanggwon.finance.TargetCheck;

/** The finance command's JSON: plain numbers in won, months and fractions; null where a figure does not exist (never). */
final class FinanceJson {
    private FinanceJson() {
    }

    static Map<String, Object> of(FinanceResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("district", r.district());
        m.put("districtName", r.districtName());
        m.put("gu", r.guName());
        m.put("industry", r.industry());
        m.put("industryName", r.industryName());
        Map<String, Object> sales = new LinkedHashMap<>();
        sales.put("origin", r.sales().origin().name().toLowerCase(java.util.Locale.ROOT));
        sales.put("monthly", num(r.sales().monthly()));
        sales.put("low", num(r.sales().low()));
        sales.put("high", num(r.sales().high()));
        sales.put("targetQuarter", r.sales().targetQuarter() == 0 ? null : r.sales().targetQuarter());
        m.put("sales", sales);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (PnlLine l : r.pnl().lines()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("line", l.kind().name().toLowerCase(java.util.Locale.ROOT));
            x.put("amount", num(l.amount()));
            lines.add(x);
        }
        m.put("pnl", lines);
        m.put("operatingProfit", num(r.pnl().operatingProfit()));
        m.put("operatingMargin", num(r.pnl().operatingMargin()));
        m.put("profitBeforeTax", num(r.pnl().profitBeforeTax()));
        m.put("variableCostRatio", num(r.pnl().variableRatio()));
        m.put("fixedCosts", num(r.pnl().fixedCosts()));
        m.put("breakEvenSales", num(r.pnl().breakEvenSales()));
        m.put("averageTicket", num(r.averageTicket()));
        m.put("breakEvenCustomersPerDay", num(r.breakEvenCustomersPerDay()));
        m.put("dataQuarter", r.dataQuarter());
        m.put("toRecover", num(r.plan().investment().toRecover()));
        m.put("paybackMonths", num(r.pnl().paybackMonths()));
        m.put("paysBack", Double.isFinite(r.pnl().paybackMonths()));
        Simulation s = r.simulation();
        if (s == null) {
            m.put("lossProbability", null);
            m.put("monteCarlo", null);
        } else {
            m.put("lossProbability", num(s.lossProbability()));
            Map<String, Object> mc = new LinkedHashMap<>();
            mc.put("seed", s.seed());
            mc.put("draws", s.draws());
            mc.put("logMu", num(s.sales().mu()));
            mc.put("logSigma", num(s.sales().sigma()));
            mc.put("analyticLossProbability", num(s.analyticLossProbability()));
            mc.put("paybackP10", num(s.paybackP10()));
            mc.put("paybackP50", num(s.paybackP50()));
            mc.put("paybackP90", num(s.paybackP90()));
            mc.put("neverPaysBack", num(s.neverPaysBack()));
            m.put("monteCarlo", mc);
        }
        m.put("targetGu", target(r.guCheck()));
        m.put("targetSeoul", target(r.seoulCheck()));
        Map<String, Object> assumptions = new LinkedHashMap<>();
        for (Map.Entry<Param, Assumption> e : r.assumptions().entrySet()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("value", num(e.getValue().value()));
            a.put("year", e.getValue().year());
            a.put("source", e.getValue().source(kr.sanggwon.common.Messages.locale()));
            a.put("userSet", e.getValue().userSet());
            assumptions.put(e.getKey().id(), a);
        }
        m.put("assumptions", assumptions);
        m.put("notes", r.notes());
        return m;
    }

    private static Map<String, Object> target(TargetCheck t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", t.scope().name().toLowerCase(java.util.Locale.ROOT));
        m.put("gu", t.guName());
        m.put("quarter", t.quarter());
        m.put("districts", t.districts());
        m.put("atOrAbove", t.atOrAbove());
        m.put("topShare", num(t.topShare()));
        m.put("medianPerStoreMonthly", num(t.median()));
        m.put("basis", "district-average-per-store");
        return m;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
