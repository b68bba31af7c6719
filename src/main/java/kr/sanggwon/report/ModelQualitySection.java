package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Formats;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;

/** 모델 품질: how far off the estimating model was on past quarters (backtest), as stored with each saved estimate. */
final class ModelQualitySection implements ReportSection {
    @Override
    public boolean appliesTo(ReportContent c) {
        return c.scenarios().stream().anyMatch(s -> s.snapshot().estimate() != null
                && (s.snapshot().estimate().quality() != null || s.snapshot().estimate().model() != null));
    }

    @Override
    public void write(ReportContent c, PdfLayout out) throws IOException {
        out.heading(c.t("quality.heading"));
        out.note(c.t("quality.intro"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{c.t("quality.scenario"), c.t("quality.error"), c.t("quality.coverage"), c.t("quality.baseline"),
                c.t("quality.model")});
        int n = 0;
        for (Scenario sc : c.scenarios()) {
            n++;
            EstimatePart e = sc.snapshot().estimate();
            if (e == null) {
                continue;
            }
            var q = e.quality();
            var m = e.model();
            rows.add(new String[]{n + ". " + sc.snapshot().title(),
                    q == null ? "-" : Formats.percent(q.medianApe()),
                    q == null ? "-" : Formats.percent(q.coverage80()),
                    q == null ? "-" : Formats.percent(q.baselineMedianApe()),
                    m == null ? "-" : m.method() + " · " + c.quarter(m.modelLastQuarter())});
        }
        out.table(rows, new float[]{0.30f, 0.15f, 0.17f, 0.15f, 0.23f}, new boolean[]{false, true, true, true, false});
        out.note(c.t("quality.explain"));
    }
}
