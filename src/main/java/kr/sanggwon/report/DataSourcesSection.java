package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.KpiPart;
import kr.sanggwon.ingest.FactDataset;

/**
 * 데이터 출처: which public datasets the saved numbers came from, up to which quarter, and the 공공누리 제1유형
 * attribution that their licence asks for.
 */
final class DataSourcesSection implements ReportSection {
    @Override
    public boolean appliesTo(ReportContent c) {
        return true;
    }

    @Override
    public void write(ReportContent c, PdfLayout out) throws IOException {
        out.heading(c.t("sources.heading"));
        Map<String, TreeSet<Integer>> used = new TreeMap<>();
        for (Scenario sc : c.scenarios()) {
            ScenarioSnapshot s = sc.snapshot();
            if (s.estimate() != null) {
                used.computeIfAbsent(FactDataset.SALES.name(), k -> new TreeSet<>()).add(s.estimate().basedOnQuarter());
            }
            if (s.dashboard() != null) {
                for (KpiPart k : s.dashboard().kpis()) {
                    if (k.dataset() != null && k.quarter() != null) {
                        used.computeIfAbsent(k.dataset(), x -> new TreeSet<>()).add(k.quarter());
                    }
                }
            }
            if (s.customers() != null && s.customers().quarter() != null) {
                used.computeIfAbsent(FactDataset.SALES.name(), k -> new TreeSet<>()).add(s.customers().quarter());
            }
            // 수익 분석's ticket size and target check, and 유망 상권's ranking, read the sales of one quarter
            if (s.finance() != null && s.finance().dataQuarter() > 0) {
                used.computeIfAbsent(FactDataset.SALES.name(), k -> new TreeSet<>()).add(s.finance().dataQuarter());
            }
            if (s.recommend() != null && s.recommend().quarter() > 0) {
                used.computeIfAbsent(FactDataset.SALES.name(), k -> new TreeSet<>()).add(s.recommend().quarter());
            }
        }
        if (!used.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{c.t("sources.dataset"), c.t("sources.vintage")});
            for (Map.Entry<String, TreeSet<Integer>> e : used.entrySet()) {
                FactDataset d;
                try {
                    d = FactDataset.valueOf(e.getKey());
                } catch (IllegalArgumentException unknown) {
                    continue;
                }
                String vintage = e.getValue().size() == 1 ? c.quarter(e.getValue().first())
                        : c.quarter(e.getValue().first()) + " ~ " + c.quarter(e.getValue().last());
                rows.add(new String[]{c.t("sources.seoulDataset", c.english() ? d.enName() : d.koName()), vintage});
            }
            out.table(rows, new float[]{0.6f, 0.4f}, null);
        }
        out.paragraph(c.t("sources.seoul"));
        out.paragraph(c.t("sources.semas"));
        out.note(c.t("sources.kogl"));
    }
}
