package kr.sanggwon.report;

import java.io.IOException;
import java.util.List;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;

/**
 * The owner's one-page summary: who and when, the plain sentences and the range chart of each scenario while they
 * fit on the page, then the short caution. What does not fit is named, never pushed onto a second page.
 */
final class OnePageSection implements ReportSection {
    private static final float CHART = 88;
    private static final float TAIL = 90;

    @Override
    public boolean appliesTo(ReportContent c) {
        return true;
    }

    @Override
    public void write(ReportContent c, PdfLayout out) throws IOException {
        out.newPage();
        out.title(c.t("onePage.title", c.client().name()), 22);
        out.note(c.t("onePage.byline", c.consultantName() == null ? c.t("cover.noConsultant") : c.consultantName(),
                c.date(c.consultation().heldOn()), c.date(c.printedOn())));
        out.space(6);
        int n = 0;
        int left = 0;
        for (Scenario sc : c.scenarios()) {
            n++;
            ScenarioSnapshot s = sc.snapshot();
            List<String> lines = SummarySection.sentences(c, s);
            float need = 40;
            for (String l : lines) {
                need += out.bulletHeight(l);
            }
            if (need + TAIL > out.room()) {
                left = c.scenarios().size() - n + 1;
                break;
            }
            out.subheading(c.t("scenario.title", n, s.title()));
            for (String l : lines) {
                out.bullet(l);
            }
            EstimatePart e = s.estimate();
            boolean shop = e != null && e.newShop() != null;
            Double low = e == null ? null : shop ? Double.valueOf(e.newShop().monthlyLow()) : e.monthlyLow();
            Double high = e == null ? null : shop ? Double.valueOf(e.newShop().monthlyHigh()) : e.monthlyHigh();
            if (low != null && high != null && high > 0 && CHART + TAIL <= out.room()) {
                double point = shop ? e.newShop().monthly() : e.monthly();
                Charts.range(out, low, point, high, c.money(low), c.money(point), c.money(high),
                        c.t(shop ? "sales.chartShop" : "sales.chart"));
            }
            out.space(4);
        }
        if (c.scenarios().isEmpty()) {
            out.paragraph(c.t("cover.noScenarios"));
        }
        if (left > 0) {
            out.note(c.t("onePage.more", left));
        }
        out.space(6);
        out.note(c.t("onePage.caution"));
    }
}
