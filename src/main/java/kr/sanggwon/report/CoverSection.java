package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.Scenario;

/** First page: whose report it is, who made it and when, and which scenarios it holds. */
final class CoverSection implements ReportSection {
    @Override
    public boolean appliesTo(ReportContent c) {
        return true;
    }

    @Override
    public void write(ReportContent c, PdfLayout out) throws IOException {
        out.ensure(400);
        out.space(90);
        out.title(c.t("cover.title"), 28);
        out.space(4);
        out.paragraph(c.t("cover.subtitle"));
        out.space(30);
        Client client = c.client();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{c.t("cover.item"), c.t("cover.value")});
        rows.add(new String[]{c.t("cover.client"), client.name()});
        if (client.idea() != null) {
            rows.add(new String[]{c.t("cover.idea"), client.idea()});
        }
        if (client.industry() != null) {
            // the client's industry is stored as a code; a scenario of the same industry knows its name
            String industry = c.scenarios().stream().map(Scenario::snapshot).filter(x -> client.industry().equals(x.industry()))
                    .map(x -> x.industryName() + " (" + x.industry() + ")").findFirst().orElse(client.industry());
            rows.add(new String[]{c.t("cover.industry"), industry});
        }
        rows.add(new String[]{c.t("cover.consultant"), c.consultantName() == null ? c.t("cover.noConsultant") : c.consultantName()});
        rows.add(new String[]{c.t("cover.held"), c.date(c.consultation().heldOn())
                + (c.consultation().place() == null ? "" : " · " + c.consultation().place())});
        rows.add(new String[]{c.t("cover.printed"), c.date(c.printedOn())});
        out.table(rows, new float[]{0.3f, 0.7f}, null);
        out.space(12);
        if (c.scenarios().isEmpty()) {
            out.paragraph(c.t("cover.noScenarios"));
        } else {
            out.subheading(c.t("cover.scenarios"));
            int n = 0;
            for (Scenario s : c.scenarios()) {
                out.bullet(c.t("cover.scenarioLine", ++n, s.snapshot().title()));
            }
        }
        if (c.consultation().nextSteps() != null) {
            out.space(8);
            out.subheading(c.t("cover.nextSteps"));
            out.paragraph(c.consultation().nextSteps());
            if (c.consultation().followUpOn() != null) {
                out.note(c.t("cover.followUp", c.date(c.consultation().followUpOn())));
            }
        }
    }
}
