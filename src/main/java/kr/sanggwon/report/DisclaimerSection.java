package kr.sanggwon.report;

import java.io.IOException;

/** 유의 사항: what the numbers are and are not (estimates from public card-sales data, not a promise). */
final class DisclaimerSection implements ReportSection {
    @Override
    public boolean appliesTo(ReportContent c) {
        return true;
    }

    @Override
    public void write(ReportContent c, PdfLayout out) throws IOException {
        out.heading(c.t("disclaimer.heading"));
        out.paragraph(c.t("disclaimer.text"));
    }
}
