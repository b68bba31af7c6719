package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.consult.ScenarioSnapshot.KpiPart;

/**
 * 한눈에 보기: a few short sentences per scenario in everyday words, the way a consultant would say them to an older
 * owner — how much a month, how sure, what the neighbourhood is like, who buys.
 */
final class SummarySection implements ReportSection {
    @Override
    public boolean appliesTo(ReportContent c) {
        return !c.scenarios().isEmpty();
    }

    @Override
    public void write(ReportContent c, PdfLayout out) throws IOException {
        out.newPage();
        out.heading(c.t("summary.heading"));
        int n = 0;
        for (Scenario sc : c.scenarios()) {
            ScenarioSnapshot s = sc.snapshot();
            out.subheading(c.t("scenario.title", ++n, s.title()));
            for (String line : sentences(c, s)) {
                out.bullet(line);
            }
            out.space(6);
        }
    }

    /** The plain sentences for one scenario (also used by the one-page summary). */
    static List<String> sentences(ReportContent c, ScenarioSnapshot s) {
        List<String> out = new ArrayList<>();
        EstimatePart e = s.estimate();
        if (e != null) {
            boolean shop = e.newShop() != null;
            double monthly = shop ? e.newShop().monthly() : e.monthly();
            out.add(c.t(e.perStore() || shop ? "summary.estimateShop" : "summary.estimateArea", s.districtName(), s.industryName(),
                    c.money(monthly)));
            Double low = shop ? Double.valueOf(e.newShop().monthlyLow()) : e.monthlyLow();
            Double high = shop ? Double.valueOf(e.newShop().monthlyHigh()) : e.monthlyHigh();
            if (low != null && high != null) {
                out.add(c.t("summary.range", c.moneyRange(low, high)));
            }
            if (e.quality() != null) {
                out.add(c.t("summary.quality", kr.sanggwon.common.Formats.number(e.quality().medianApe() * 100, 0)));
            }
        }
        if (s.dashboard() != null) {
            kpi(s, "CLOSE_RATE").ifPresent(k -> out.add(c.t("summary.closeRate", ValueText.value(c, k.unit(), k.value(), k.text()))));
            kpi(s, "STORES").ifPresent(k -> out.add(c.t("summary.stores", ValueText.value(c, k.unit(), k.value(), k.text()),
                    c.quarter(k.quarter()))));
        }
        if (s.customers() != null) {
            String text = c.english() ? s.customers().summaryEn() : s.customers().summaryKo();
            if (text != null && !text.isBlank()) {
                out.add(text);
            }
        }
        if (s.comparison() != null) {
            out.add(c.t("summary.compared", String.join(", ", s.comparison().districts())));
        }
        if (s.finance() != null) {
            ScenarioSnapshot.FinancePart f = s.finance();
            if (f.breakEvenSales() != null) {
                out.add(f.breakEvenCustomersPerDay() == null ? c.t("summary.breakEven", c.money(f.breakEvenSales()))
                        : c.t("summary.breakEvenCustomers", c.money(f.breakEvenSales()),
                                kr.sanggwon.common.Formats.number(f.breakEvenCustomersPerDay(), 0)));
            }
            out.add(f.simulation() == null ? c.t("summary.profit", c.money(f.operatingProfit()))
                    : c.t("summary.profitLoss", c.money(f.operatingProfit()),
                            kr.sanggwon.common.Formats.percent(f.simulation().lossProbability())));
        } else if (s.attachments().stream().anyMatch(a -> a.kind().equals("finance"))) {
            out.add(c.t("summary.finance"));
        }
        if (s.recommend() != null && !s.recommend().rows().isEmpty()) {
            out.add(c.t("summary.recommend", s.recommend().industryName(), s.recommend().rows().stream().limit(3)
                    .map(ScenarioSnapshot.RankedPart::name).collect(java.util.stream.Collectors.joining(", "))));
        }
        if (out.isEmpty()) {
            out.add(c.t("summary.nothing"));
        }
        return out;
    }

    static java.util.Optional<KpiPart> kpi(ScenarioSnapshot s, String metric) {
        return s.dashboard() == null ? java.util.Optional.empty()
                : s.dashboard().kpis().stream().filter(k -> k.metric().equals(metric)).findFirst();
    }
}
