package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.DimensionPart;
import kr.sanggwon.consult.ScenarioSnapshot.SharePart;

/** 고객 분석: who buys here — each dimension's shares of sales next to the Seoul average of the same industry. */
final class CustomersSection implements ScenarioSection {
    @Override
    public boolean appliesTo(ScenarioSnapshot s) {
        return s.customers() != null && !s.customers().dimensions().isEmpty();
    }

    @Override
    public void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException {
        out.heading(c.t("customers.heading"));
        String summary = c.english() ? s.customers().summaryEn() : s.customers().summaryKo();
        if (summary != null && !summary.isBlank()) {
            out.paragraph(summary);
        }
        out.note(c.t("customers.intro", c.quarter(s.customers().quarter())));
        for (DimensionPart d : s.customers().dimensions()) {
            List<String> labels = new ArrayList<>();
            List<Double> here = new ArrayList<>();
            List<Double> seoul = new ArrayList<>();
            for (SharePart p : d.shares()) {
                labels.add(c.text(p.labelKey()));
                here.add(p.district());
                seoul.add(p.seoul());
            }
            out.ensure(40 + 22 * Math.min(labels.size(), 6));
            out.subheading(c.text("customer.dimension." + d.dimension()));
            Charts.pairedBars(out, labels, here, seoul, c.t("customers.here"), c.t("customers.seoul"));
        }
    }
}
