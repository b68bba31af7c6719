package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.Attachment;
import kr.sanggwon.consult.ScenarioSnapshot.AttachmentRow;

/**
 * Results of other features saved with the scenario (수익 분석's P&amp;L and break-even, 유망 상권's list, 현장 조사 …),
 * printed as their labelled rows under a heading per kind.
 */
final class AttachmentSection implements ScenarioSection {
    /** Kinds with a heading of their own; any other kind prints under its saved title. */
    private static final List<String> KNOWN = List.of("finance", "recommend", kr.sanggwon.consult.FieldSurveys.KIND);

    @Override
    public boolean appliesTo(ScenarioSnapshot s) {
        return !s.attachments().isEmpty();
    }

    @Override
    public void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException {
        for (Attachment a : s.attachments()) {
            out.heading(KNOWN.contains(a.kind()) ? c.t("attachment." + a.kind()) : a.title());
            if (KNOWN.contains(a.kind()) && a.title() != null && !a.title().isBlank()) {
                out.note(a.title());
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{c.t("attachment.item"), c.t("attachment.value")});
            for (AttachmentRow r : a.rows()) {
                rows.add(new String[]{r.label(), r.value()});
            }
            out.table(rows, new float[]{0.55f, 0.45f}, new boolean[]{false, true});
            if (a.source() != null && !a.source().isBlank()) {
                out.note(c.t("attachment.source", a.source()));
            }
        }
    }
}
