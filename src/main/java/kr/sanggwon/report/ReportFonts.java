package kr.sanggwon.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Loads the Korean font into a document as a subset (only the glyphs used are embedded, so a report stays a few
 * hundred KB instead of carrying a whole CJK font). Collections stay open until the document is saved.
 */
final class ReportFonts implements Closeable {
    private final List<Closeable> open = new ArrayList<>();
    final PDType0Font regular;
    final PDType0Font bold;

    ReportFonts(PDDocument doc, KoreanFontFinder.Faces faces) throws IOException {
        regular = load(doc, faces.regular());
        bold = faces.bold().equals(faces.regular()) ? regular : load(doc, faces.bold());
    }

    private PDType0Font load(PDDocument doc, KoreanFontFinder.FontFile f) throws IOException {
        if (!f.collection()) {
            return PDType0Font.load(doc, f.file().toFile());
        }
        TrueTypeCollection ttc = new TrueTypeCollection(f.file().toFile());
        open.add(ttc);
        TrueTypeFont font = ttc.getFontByName(f.nameInCollection());
        if (font == null) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(t -> {
                if (first[0] == null) {
                    first[0] = t;
                }
            });
            font = first[0];
        }
        if (font == null) {
            throw new IOException("no font in " + f.file());
        }
        return PDType0Font.load(doc, font, true);
    }

    @Override
    public void close() throws IOException {
        for (Closeable c : open) {
            c.close();
        }
    }
}
