package kr.sanggwon.report;

import java.io.IOException;
import kr.sanggwon.consult.ScenarioSnapshot;

/** One part printed for each saved scenario that has it (the snapshot as saved, never recomputed). */
public interface ScenarioSection {
    boolean appliesTo(ScenarioSnapshot s);

    void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException;
}
