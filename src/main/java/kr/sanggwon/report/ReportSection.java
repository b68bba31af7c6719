package kr.sanggwon.report;

import java.io.IOException;

/** One part of the report, printed only when the content has what it needs. */
public interface ReportSection {
    boolean appliesTo(ReportContent c);

    void write(ReportContent c, PdfLayout out) throws IOException;
}
