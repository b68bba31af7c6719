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
        return rows;
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
