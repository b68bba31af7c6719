package kr.sanggwon.report;

import java.io.IOException;
import java.util.List;

/** Charts drawn as vector shapes in the PDF, so they stay sharp at any print size. */
final class Charts {
    private Charts() {
    }

    /**
     * The expected value as a marker inside its 80% range, on an axis from 0: the shaded band is where 8 of 10
     * outcomes should fall. Labels are already formatted.
     */
    static void range(PdfLayout out, double low, double point, double high, String lowText, String pointText, String highText,
                      String caption) throws IOException {
        float h = 78;
        out.ensure(h + 10);
        float top = out.y();
        float x0 = out.left();
        float w = out.width();
        double max = Math.max(high, point) * 1.15;
        float barY = top - 40;
        float barH = 16;
        out.rect(x0, barY, w, barH, new float[]{0.95f, 0.96f, 0.97f});
        float lx = x0 + (float) (low / max * w);
        float hx = x0 + (float) (high / max * w);
        float px = x0 + (float) (point / max * w);
        out.rect(lx, barY, Math.max(1, hx - lx), barH, PdfLayout.ACCENT_LIGHT);
        out.rect(px - 1.5f, barY - 5, 3, barH + 10, PdfLayout.ACCENT);
        float s = PdfLayout.SMALL;
        out.text(caption, out.regular(), s, x0, top - s, new float[]{0.38f, 0.40f, 0.44f});
        float pw = out.width(pointText, out.bold(), PdfLayout.BODY);
        out.text(pointText, out.bold(), PdfLayout.BODY, clamp(px - pw / 2, x0, x0 + w - pw), barY + barH + 7, PdfLayout.ACCENT);
        float lw = out.width(lowText, out.regular(), s);
        float hw = out.width(highText, out.regular(), s);
        float lowX = clamp(lx - lw / 2, x0, x0 + w - lw);
        float highX = clamp(hx - hw / 2, lowX + lw + 6, x0 + w - hw);
        out.text(lowText, out.regular(), s, lowX, barY - 18, PdfLayout.INK_TEXT);
        out.text(highText, out.regular(), s, highX, barY - 18, PdfLayout.INK_TEXT);
        out.moveTo(top - h);
    }

    /**
     * Pairs of horizontal bars per label (this district vs a reference) for shares in 0..1; a missing value draws no bar.
     */
    static void pairedBars(PdfLayout out, List<String> labels, List<Double> a, List<Double> b, String legendA, String legendB)
            throws IOException {
        float row = 22;
        float legend = 20;
        out.ensure(legend + row * Math.min(labels.size(), 4));
        float labelW = 90;
        float valueW = 92;
        float x0 = out.left() + labelW;
        float w = out.width() - labelW - valueW;
        double max = 0.0001;
        for (int i = 0; i < labels.size(); i++) {
            max = Math.max(max, Math.max(v(a, i), v(b, i)));
        }
        float s = PdfLayout.SMALL;
        float top = out.y();
        out.rect(x0, top - 12, 10, 8, PdfLayout.ACCENT);
        out.text(legendA, out.regular(), s, x0 + 14, top - 12, PdfLayout.INK_TEXT);
        float second = x0 + 24 + out.width(legendA, out.regular(), s) + 12;
        out.rect(second, top - 12, 10, 8, PdfLayout.GREY_BAR);
        out.text(legendB, out.regular(), s, second + 14, top - 12, PdfLayout.INK_TEXT);
        out.moveTo(top - legend);
        for (int i = 0; i < labels.size(); i++) {
            out.ensure(row);
            float y = out.y();
            out.text(labels.get(i), out.regular(), PdfLayout.BODY - 1, out.left(), y - 14, PdfLayout.INK_TEXT);
            float wa = (float) (v(a, i) / max * w);
            float wb = (float) (v(b, i) / max * w);
            if (wa > 0) {
                out.rect(x0, y - 10, wa, 8, PdfLayout.ACCENT);
            }
            if (wb > 0) {
                out.rect(x0, y - 18, wb, 6, PdfLayout.GREY_BAR);
            }
            String text = pct(a, i) + " / " + pct(b, i);
            out.textRight(text, out.regular(), s, out.left() + out.width(), y - 14, PdfLayout.INK_TEXT);
            out.moveTo(y - row);
        }
        out.space(6);
    }

    private static double v(List<Double> list, int i) {
        Double d = i < list.size() ? list.get(i) : null;
        return d == null || d.isNaN() ? 0 : d;
    }

    private static String pct(List<Double> list, int i) {
        Double d = i < list.size() ? list.get(i) : null;
        return d == null || d.isNaN() ? "-" : kr.sanggwon.common.Formats.percent(d);
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
