package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.ComparisonPart;
import kr.sanggwon.consult.ScenarioSnapshot.RowPart;

/** 상권 비교: the compared districts side by side, the best of each row starred, and the saved summary. */
final class ComparisonSection implements ScenarioSection {
    @Override
    public boolean appliesTo(ScenarioSnapshot s) {
        return s.comparison() != null && !s.comparison().districts().isEmpty();
    }

    @Override
    public void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException {
        ComparisonPart p = s.comparison();
        out.heading(c.t("comparison.heading"));
        out.note(c.t("comparison.intro", p.industryName()));
        int n = p.districts().size();
        boolean sameLanguage = savedInReportLanguage(c, s);
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[n + 1];
        head[0] = c.t("comparison.metric");
        for (int i = 0; i < n; i++) {
            head[i + 1] = p.districts().get(i);
        }
        rows.add(head);
        for (RowPart r : p.rows()) {
            String[] row = new String[n + 1];
            row[0] = c.text(r.labelKey());
            for (int i = 0; i < n; i++) {
                Double v = i < r.values().size() ? r.values().get(i) : null;
                String saved = r.texts() != null && i < r.texts().size() ? r.texts().get(i) : null;
                // the saved text is what the consultant saw; in another language the number is written again
                String text = saved != null && (sameLanguage || "TEXT".equals(r.unit())) ? saved
                        : ValueText.value(c, r.unit(), v, saved);
                row[i + 1] = (r.best() != null && r.best().contains(i) ? "★ " : "") + text;
            }
            rows.add(row);
        }
        float[] widths = new float[n + 1];
        boolean[] right = new boolean[n + 1];
        widths[0] = 0.28f;
        for (int i = 1; i <= n; i++) {
            widths[i] = 0.72f / n;
            right[i] = true;
        }
        out.table(rows, widths, right);
        out.note(c.t("comparison.star"));
        if (!p.summary().isEmpty() && savedInReportLanguage(c, s)) {
            for (String line : p.summary()) {
                out.bullet(line);
            }
        }
    }

    /** Sentences the services wrote are kept in the language they were saved in; print them only in that language. */
    static boolean savedInReportLanguage(ReportContent c, ScenarioSnapshot s) {
        return s.locale() == null || s.locale().equals(c.locale().getLanguage());
    }
}
