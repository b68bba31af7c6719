package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes flowing content onto A4 pages: headings, wrapped paragraphs, tables and vector charts, starting a new page
 * when the next block does not fit. Sizes are in points; body text is 11.5 pt so an older reader can read a print.
 */
public final class PdfLayout {
    public static final float BODY = 11.5f;
    public static final float SMALL = 10f;
    static final float MARGIN = 56;
    static final float LEADING = 1.45f;
    private static final float[] INK = {0.12f, 0.12f, 0.14f};
    static final float[] INK_TEXT = INK;
    private static final float[] MUTED = {0.38f, 0.40f, 0.44f};
    static final float[] ACCENT = {0.10f, 0.36f, 0.62f};
    static final float[] ACCENT_LIGHT = {0.74f, 0.84f, 0.94f};
    static final float[] GREY_BAR = {0.70f, 0.72f, 0.75f};

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    PdfLayout(PDDocument doc, PDFont regular, PDFont bold) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
    }

    PDDocument document() {
        return doc;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    /** Starts a new page (the first call opens the first one). */
    public void newPage() throws IOException {
        closeStream();
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Makes room for {@code height} points, on a new page when this one is too full. */
    public void ensure(float height) throws IOException {
        if (cs == null || y - height < MARGIN + 24) {
            newPage();
        }
    }

    public void space(float points) {
        y -= points;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    /** Points left on this page above the footer. */
    public float room() {
        return cs == null ? 0 : y - MARGIN - 24;
    }

    // ---- text ----

    public void title(String text, float size) throws IOException {
        block(text, bold, size, INK, 0);
    }

    public void heading(String text) throws IOException {
        ensure(70);
        space(10);
        block(text, bold, 16, ACCENT, 0);
        line(MARGIN, y + 4, MARGIN + width(), y + 4, ACCENT_LIGHT, 1.2f);
        space(6);
    }

    public void subheading(String text) throws IOException {
        ensure(48);
        space(4);
        block(text, bold, 13, INK, 0);
        space(2);
    }

    public void paragraph(String text) throws IOException {
        block(text, regular, BODY, INK, 0);
        space(4);
    }

    public void note(String text) throws IOException {
        block(text, regular, SMALL, MUTED, 0);
        space(3);
    }

    public void bullet(String text) throws IOException {
        List<String> lines = wrap(text, regular, BODY, width() - 14);
        float lh = BODY * LEADING;
        for (int i = 0; i < lines.size(); i++) {
            ensure(lh);
            if (i == 0) {
                text("•", regular, BODY, MARGIN + 2, y - BODY, INK);
            }
            text(lines.get(i), regular, BODY, MARGIN + 14, y - BODY, INK);
            y -= lh;
        }
        space(2);
    }

    /** The height a {@link #bullet} of this text takes. */
    float bulletHeight(String text) throws IOException {
        return wrap(text, regular, BODY, width() - 14).size() * BODY * LEADING + 2;
    }

    private void block(String text, PDFont font, float size, float[] color, float indent) throws IOException {
        float lh = size * LEADING;
        for (String l : wrap(text, font, size, width() - indent)) {
            ensure(lh);
            text(l, font, size, MARGIN + indent, y - size, color);
            y -= lh;
        }
    }

    /** Draws one line of text with its baseline at {@code baseline}. */
    void text(String s, PDFont font, float size, float x, float baseline, float[] color) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color[0], color[1], color[2]);
        cs.newLineAtOffset(x, baseline);
        cs.showText(safe(s, font));
        cs.endText();
    }

    void textRight(String s, PDFont font, float size, float right, float baseline, float[] color) throws IOException {
        text(s, font, size, right - width(s, font, size), baseline, color);
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(safe(s, font)) / 1000f * size;
    }

    /** Lines of at most {@code max} points: breaks at spaces, inside a word only when it alone is too long. */
    List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String para : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                for (int cp : word.codePoints().toArray()) {
                    String next = line.toString() + new String(Character.toChars(cp));
                    if (width(next, font, size) > max && line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The text with characters the font lacks replaced by a plain look-alike (never a box in the PDF). */
    String safe(String s, PDFont font) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (has(font, cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(switch (cp) {
                    case 0x2212, 0x2013, 0x2014 -> "-";
                    case 0x25B2 -> "+";
                    case 0x25BC -> "-";
                    case 0x00B7, 0x2027 -> ".";
                    case 0x2009, 0x202F, 0x00A0 -> " ";
                    default -> "";
                });
            }
        });
        return b.toString();
    }

    private boolean has(PDFont font, int cp) {
        if (cp < 0x80) {
            return true;
        }
        int key = cp * 2 + (font == bold ? 1 : 0);
        return glyphs.computeIfAbsent(key, k -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException missing) {
                return false;
            }
        });
    }

    // ---- tables ----

    /**
     * A table: {@code widths} are fractions of the text width, the first row is the header (bold, on a tint), numbers
     * in the columns flagged in {@code right} are right-aligned. Rows wrap and never split across pages.
     */
    public void table(List<String[]> rows, float[] widths, boolean[] right) throws IOException {
        float size = BODY - 0.5f;
        float lh = size * 1.35f;
        float pad = 4;
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            PDFont font = r == 0 ? bold : regular;
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < row.length; c++) {
                List<String> lines = wrap(row[c] == null ? "" : row[c], font, size, widths[c] * width() - 2 * pad);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            float h = height * lh + 2 * pad;
            if (cs == null || y - h < MARGIN + 24) {
                newPage();
                if (r > 0) {
                    drawRow(rows.get(0), widths, right, bold, size, lh, pad, List.of());
                }
            }
            drawRow(row, widths, right, font, size, lh, pad, cells);
        }
        space(8);
    }

    private void drawRow(String[] row, float[] widths, boolean[] right, PDFont font, float size, float lh, float pad,
                         List<List<String>> wrapped) throws IOException {
        List<List<String>> cells = wrapped;
        if (cells.isEmpty()) {
            cells = new ArrayList<>();
            for (int c = 0; c < row.length; c++) {
                cells.add(wrap(row[c] == null ? "" : row[c], font, size, widths[c] * width() - 2 * pad));
            }
        }
        int height = cells.stream().mapToInt(List::size).max().orElse(1);
        float h = height * lh + 2 * pad;
        if (font == bold) {
            rect(MARGIN, y - h, width(), h, new float[]{0.93f, 0.95f, 0.98f});
        }
        float x = MARGIN;
        for (int c = 0; c < row.length; c++) {
            float w = widths[c] * width();
            float base = y - pad - size;
            for (String l : cells.get(c)) {
                if (right != null && right[c]) {
                    textRight(l, font, size, x + w - pad, base, INK);
                } else {
                    text(l, font, size, x + pad, base, INK);
                }
                base -= lh;
            }
            x += w;
        }
        line(MARGIN, y - h, MARGIN + width(), y - h, new float[]{0.82f, 0.84f, 0.87f}, 0.5f);
        y -= h;
    }

    // ---- drawing ----

    void rect(float x, float yy, float w, float h, float[] color) throws IOException {
        cs.setNonStrokingColor(color[0], color[1], color[2]);
        cs.addRect(x, yy, w, h);
        cs.fill();
    }

    void line(float x1, float y1, float x2, float y2, float[] color, float lineWidth) throws IOException {
        cs.setStrokingColor(color[0], color[1], color[2]);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** Closes the last page and writes "page / pages" and {@code footer} at the bottom of every page. */
    public void finish(String footer) throws IOException {
        closeStream();
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs = s;
                String num = (i + 1) + " / " + n;
                textRight(num, regular, SMALL, MARGIN + width(), MARGIN - 22, MUTED);
                text(footer, regular, 8.5f, MARGIN, MARGIN - 22, MUTED);
            }
        }
        cs = null;
    }
}
