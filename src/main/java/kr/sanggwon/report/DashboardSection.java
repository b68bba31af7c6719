package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.KpiPart;

/** 상권 현황: the district's KPIs for the industry at the saved quarter, with the change vs last quarter and last year. */
final class DashboardSection implements ScenarioSection {
    @Override
    public boolean appliesTo(ScenarioSnapshot s) {
        return s.dashboard() != null && !s.dashboard().kpis().isEmpty();
    }

    @Override
    public void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException {
        out.heading(c.t("dashboard.heading"));
        out.note(c.t("dashboard.intro", s.districtName(), s.industryName(), c.quarter(s.dashboard().quarter())));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{c.t("dashboard.metric"), c.t("dashboard.value"), c.t("dashboard.vsQuarter"), c.t("dashboard.vsYear")});
        for (KpiPart k : s.dashboard().kpis()) {
            rows.add(new String[]{c.text("district.metric." + k.metric()), ValueText.value(c, k.unit(), k.value(), k.text()),
                    ValueText.delta(k.unit(), k.deltaQuarter()), ValueText.delta(k.unit(), k.deltaYear())});
        }
        out.table(rows, new float[]{0.34f, 0.30f, 0.18f, 0.18f}, new boolean[]{false, true, true, true});
    }
}
