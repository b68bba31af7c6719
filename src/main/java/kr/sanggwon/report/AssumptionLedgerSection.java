package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Formats;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.Attachment;
import kr.sanggwon.consult.ScenarioSnapshot.AttachmentRow;
import kr.sanggwon.consult.ScenarioSnapshot.DriverPart;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.consult.ScenarioSnapshot.FinancePart;
import kr.sanggwon.consult.ScenarioSnapshot.InputPart;
import kr.sanggwon.consult.ScenarioSnapshot.KpiPart;
import kr.sanggwon.ingest.FactDataset;

/**
 * 가정 목록: every input behind the numbers, where it came from and for which quarter, and whether the consultant chose
 * or changed it (as opposed to a value read unchanged from the public data) — so the owner can see what was assumed.
 */
final class AssumptionLedgerSection implements ReportSection {
    @Override
    public boolean appliesTo(ReportContent c) {
        return !c.scenarios().isEmpty();
    }

    @Override
    public void write(ReportContent c, PdfLayout out) throws IOException {
        out.newPage();
        out.heading(c.t("ledger.heading"));
        out.note(c.t("ledger.intro"));
        int n = 0;
        for (Scenario sc : c.scenarios()) {
            out.subheading(c.t("scenario.title", ++n, sc.snapshot().title()));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{c.t("ledger.input"), c.t("ledger.value"), c.t("ledger.source"), c.t("ledger.quarter"), c.t("ledger.changed")});
            rows.addAll(rows(c, sc.snapshot()));
            out.table(rows, new float[]{0.21f, 0.18f, 0.30f, 0.17f, 0.14f}, null);
        }
    }

    static List<String[]> rows(ReportContent c, ScenarioSnapshot s) {
        List<String[]> rows = new ArrayList<>();
        String consultant = c.t("ledger.byConsultant");
        String yes = c.t("ledger.changedYes");
        String no = c.t("ledger.changedNo");
        rows.add(new String[]{c.t("ledger.district"), s.districtName() + " (" + s.district() + ")", consultant, "-", yes});
        rows.add(new String[]{c.t("ledger.industry"), s.industryName() + " (" + s.industry() + ")", consultant, "-", yes});
        EstimatePart e = s.estimate();
        if (e != null) {
            String sales = dataset(c, FactDataset.SALES);
            rows.add(new String[]{c.t("ledger.basedOn"), c.quarter(e.basedOnQuarter()), sales, c.quarter(e.basedOnQuarter()), no});
            rows.add(new String[]{c.t("ledger.target"), c.quarter(e.targetQuarter()), c.t("ledger.model"), "-", no});
            if (e.newShop() != null) {
                String entered = c.t("ledger.enteredByConsultant");
                rows.add(new String[]{c.t("ledger.existingStores"), Formats.number(e.newShop().existingStores(), 0), entered, "-", yes});
                rows.add(new String[]{c.t("ledger.countNewShop"), c.t(e.newShop().countNewShop() ? "yes" : "no"), entered, "-", yes});
            }
            for (DriverPart d : e.drivers()) {
                rows.add(new String[]{d.label(), d.value(), c.t("ledger.publicData"), c.quarter(e.basedOnQuarter()), no});
            }
        }
        if (s.dashboard() != null) {
            for (KpiPart k : s.dashboard().kpis()) {
                rows.add(new String[]{c.text("district.metric." + k.metric()), ValueText.value(c, k.unit(), k.value(), k.text()),
                        dataset(c, datasetOf(k.dataset())), c.quarter(k.quarter()), no});
            }
        }
        for (Attachment a : s.attachments()) {
            for (AttachmentRow r : a.rows()) {
                rows.add(new String[]{r.label(), r.value(), a.source() == null ? a.title() : a.source(), "-", "-"});
            }
        }
        if (s.finance() != null) {
            rows.addAll(financeRows(c, s.finance()));
        }
        if (s.recommend() != null) {
            rows.add(new String[]{c.t("ledger.recommendWeights"), RecommendSection.weights(c, s.recommend()), consultant, "-", yes});
        }
        return rows;
    }

    /** 수익 분석's sales and every input: entered by the consultant, or a default with its source and year (changed or not). */
    static List<String[]> financeRows(ReportContent c, FinancePart f) {
        List<String[]> rows = new ArrayList<>();
        String yes = c.t("ledger.changedYes");
        String no = c.t("ledger.changedNo");
        boolean fromEstimate = "ESTIMATE".equals(f.sales().origin());
        rows.add(new String[]{c.text("finance.field.sales"), c.money(f.sales().monthly()),
                fromEstimate ? c.t("ledger.model") : c.t("ledger.enteredByConsultant"),
                fromEstimate ? c.quarter(f.sales().targetQuarter()) : "-", fromEstimate ? no : yes});
        for (InputPart in : f.inputs()) {
            String source;
            if (in.sourceKo() == null) {
                source = c.t("ledger.enteredByConsultant");
            } else {
                String published = c.english() ? in.sourceEn() : in.sourceKo();
                source = in.changed() ? c.t("ledger.changedDefault", published) : published;
            }
            rows.add(new String[]{c.text(in.labelKey()), inputValue(c, in), source,
                    in.year() == null ? "-" : c.t("ledger.year", in.year()), in.changed() ? yes : no});
        }
        return rows;
    }

    /** An input's value in its unit. */
    static String inputValue(ReportContent c, InputPart in) {
        double v = in.value();
        return switch (in.unit()) {
            // an hourly wage is not rounded to 만원 (10,320원 must not read "1만원")
            case "WON" -> Math.abs(v) < 100_000 ? Formats.number(v, 0) + c.text("finance.unit.won") : c.money(v);
            case "RATIO" -> Formats.number(v * 100, 2) + "%";
            case "MONTHS" -> c.t("ledger.months", Formats.number(v, 0));
            case "HOURS" -> Formats.number(v, 0) + c.text("finance.unit.hours");
            case "YEARS" -> Formats.number(v, 0) + c.text("finance.unit.years");
            default -> Formats.number(v, v == Math.rint(v) ? 0 : 1);
        };
    }

    private static FactDataset datasetOf(String name) {
        try {
            return name == null ? null : FactDataset.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The dataset's short name for the ledger's narrow column (the sources section gives the full names). */
    private static String dataset(ReportContent c, FactDataset d) {
        if (d == null) {
            return c.t("ledger.publicData");
        }
        return c.t("ledger.seoulDataset", c.english() ? d.enName() : d.koName());
    }
}
