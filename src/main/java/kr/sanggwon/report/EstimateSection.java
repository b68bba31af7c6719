package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.common.Formats;
import kr.sanggwon.consult.CalibratedRange;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.DriverPart;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.consult.ScenarioSnapshot.EstimateWords;
import kr.sanggwon.consult.ScenarioSnapshot.NewShop;

/** 예상 매출: the saved monthly and quarterly figures with their 80% range (as a chart), the new shop's share and the drivers. */
final class EstimateSection implements ScenarioSection {
    @Override
    public boolean appliesTo(ScenarioSnapshot s) {
        return s.estimate() != null;
    }

    @Override
    public void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException {
        EstimatePart e = s.estimate();
        out.heading(c.t("sales.heading"));
        out.note(c.t(e.perStore() ? "sales.introPerStore" : "sales.introArea", c.quarter(e.targetQuarter()),
                c.quarter(e.basedOnQuarter())));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{c.t("sales.item"), c.t("sales.expected"), c.t("sales.range80")});
        rows.add(new String[]{c.t("sales.monthly"), c.money(e.monthly()), range(c, e.monthlyLow(), e.monthlyHigh())});
        rows.add(new String[]{c.t("sales.quarterly"), c.money(e.quarterly()), range(c, e.quarterlyLow(), e.quarterlyHigh())});
        NewShop shop = e.newShop();
        if (shop != null) {
            rows.add(new String[]{c.t("sales.newShopMonthly"), c.money(shop.monthly()), c.moneyRange(shop.monthlyLow(), shop.monthlyHigh())});
            rows.add(new String[]{c.t("sales.newShopQuarterly"), c.money(shop.quarterly()), "-"});
        }
        if (e.stores() != null) {
            rows.add(new String[]{c.t("sales.stores"), Formats.number(e.stores(), 0), "-"});
        }
        double point = shop != null ? shop.monthly() : e.monthly();
        Double low = shop != null ? Double.valueOf(shop.monthlyLow()) : e.monthlyLow();
        Double high = shop != null ? Double.valueOf(shop.monthlyHigh()) : e.monthlyHigh();
        CalibratedRange calibrated = low == null || high == null ? null
                : CalibratedRange.of(c.calibration(), point, low, high, Double.NaN, Double.NaN, Double.NaN);
        if (calibrated != null) {
            // beside the model's range, labelled with what it rests on; the model's own range stays above
            rows.add(new String[]{c.t("sales.calibrated", calibrated.records(), calibrated.clients()), c.money(point),
                    c.moneyRange(calibrated.monthlyLow(), calibrated.monthlyHigh())});
        }
        out.table(rows, new float[]{0.36f, 0.28f, 0.36f}, new boolean[]{false, true, true});
        if (calibrated != null) {
            out.note(c.t("sales.calibratedNote", Formats.number(calibrated.k(), 2)));
        }
        if (low != null && high != null && high > 0) {
            Charts.range(out, low, point, high, c.money(low), c.money(point), c.money(high),
                    c.t(shop != null ? "sales.chartShop" : "sales.chart"));
        }
        if (shop != null) {
            out.note(c.t("sales.shopAssumption", shop.existingStores(), Formats.number(shop.sharingStores(), 1),
                    c.t(shop.countNewShop() ? "yes" : "no")));
        }
        if (!e.drivers().isEmpty()) {
            out.subheading(c.t("sales.drivers"));
            List<String[]> d = new ArrayList<>();
            d.add(new String[]{c.t("sales.driver"), c.t("sales.driverValue"), c.t("sales.driverReference"), c.t("sales.driverEffect")});
            for (DriverPart p : e.drivers()) {
                d.add(new String[]{p.label(), p.value(), p.reference() == null || p.reference().isEmpty() ? "-" : p.reference(), effect(p.effect())});
            }
            out.table(d, new float[]{0.34f, 0.22f, 0.22f, 0.22f}, new boolean[]{false, true, true, true});
            if (ComparisonSection.savedInReportLanguage(c, s)) {
                for (DriverPart p : e.drivers()) {
                    out.bullet(p.text());
                }
            }
        }
        Optional<EstimateWords> words = e.words(c.locale().getLanguage());
        if (words.isPresent()) {
            // kept in every app language when saved (ADR 0019): a Korean report from an English screen reads them too
            EstimateWords w = words.get();
            notes(out, w.warnings(), w.notes());
            if (w.quality() != null) {
                out.note(w.quality());
            }
            if (w.model() != null) {
                out.note(w.model());
            }
        } else if (ComparisonSection.savedInReportLanguage(c, s)) {
            notes(out, e.warnings(), e.notes());
        }
    }

    private static void notes(PdfLayout out, List<String> warnings, List<String> notes) throws IOException {
        for (String w : warnings) {
            out.note("⚠ " + w);
        }
        for (String n : notes) {
            out.note(n);
        }
    }

    private static String range(ReportContent c, Double low, Double high) {
        return low == null || high == null ? "-" : c.moneyRange(low, high);
    }

    /** How much a driver moved the estimate: "+15.0%", "−8.2%", or "×2.3" for a doubling or more. */
    static String effect(double effect) {
        if (effect >= 1) {
            return "×" + Formats.number(1 + effect, 1);
        }
        return Formats.signedPercent(effect);
    }
}
