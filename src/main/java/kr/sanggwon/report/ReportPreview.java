package kr.sanggwon.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** PNG pictures of a PDF's pages (for the README's preview and for looking at a report without a PDF viewer). */
public final class ReportPreview {
    private ReportPreview() {
    }

    /** Writes {@code prefix}-p1.png, -p2.png … into {@code dir} at {@code dpi}; returns the files. */
    public static List<Path> pages(Path pdf, Path dir, String prefix, float dpi) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = r.renderImageWithDPI(i, dpi, ImageType.RGB);
                Path f = dir.resolve(prefix + "-p" + (i + 1) + ".png");
                ImageIO.write(img, "png", f.toFile());
                out.add(f);
            }
        }
        return out;
    }
}
