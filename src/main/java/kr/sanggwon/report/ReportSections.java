package kr.sanggwon.report;

import java.io.IOException;
import java.util.List;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.ScenarioSnapshot;

/**
 * The order of the report's sections. A new part of a scenario (a 현장 조사 adjustment, a checklist) is one more
 * {@link ScenarioSection} in {@link #PER_SCENARIO}; a part about the whole consultation is one more
 * {@link ReportSection} in {@link #full()}.
 */
public final class ReportSections {
    /** What each scenario prints, in this order. */
    static final List<ScenarioSection> PER_SCENARIO = List.of(new DashboardSection(), new CustomersSection(),
            new ComparisonSection(), new EstimateSection(), new FinanceSection(), new RecommendSection(), new AttachmentSection());

    private ReportSections() {
    }

    /** The full report. */
    public static List<ReportSection> full() {
        return List.of(new CoverSection(), new SummarySection(), new ScenariosSection(PER_SCENARIO),
                new AssumptionLedgerSection(), new ModelQualitySection(), new DataSourcesSection(), new DisclaimerSection());
    }

    /** The one-page summary for the owner. */
    public static List<ReportSection> onePage() {
        return List.of(new OnePageSection());
    }

    /** Each scenario under its own heading, with the parts it has. */
    static final class ScenariosSection implements ReportSection {
        private final List<ScenarioSection> parts;

        ScenariosSection(List<ScenarioSection> parts) {
            this.parts = parts;
        }

        @Override
        public boolean appliesTo(ReportContent c) {
            return !c.scenarios().isEmpty();
        }

        @Override
        public void write(ReportContent c, PdfLayout out) throws IOException {
            int n = 0;
            for (Scenario sc : c.scenarios()) {
                ScenarioSnapshot s = sc.snapshot();
                out.newPage();
                n++;
                out.title(c.t("scenario.title", n, s.title()), 20);
                out.note(c.t("scenario.savedAt", s.districtName(), s.guName() == null ? "" : s.guName(), s.industryName(),
                        c.date(savedDate(s))));
                out.space(4);
                for (ScenarioSection p : parts) {
                    if (p.appliesTo(s)) {
                        p.write(c, s, out);
                    }
                }
            }
        }
    }

    static java.time.LocalDate savedDate(ScenarioSnapshot s) {
        try {
            return java.time.Instant.parse(s.savedAt()).atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
