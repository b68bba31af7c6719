package kr.sanggwon.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * 상담 리포트: prints a consultation's saved scenarios (as saved) to a Korean PDF. The file appears complete or not at
 * all: it is written next to the target under a temporary name and moved into place when done.
 */
public final class ReportService {
    private final ConsultService consult;
    private final KoreanFontFinder fonts;
    private final Clock clock;

    public ReportService(ConsultService consult, KoreanFontFinder fonts, Clock clock) {
        this.consult = consult;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** What the report of the consultation prints (needs the case vault unlocked). */
    public ReportContent content(long consultationId, ReportOptions options) {
        Consultation k = consult.consultation(consultationId);
        Client client = consult.client(k.clientId());
        return new ReportContent(options.locale(), options.onePage(), client, k,
                options.consultant() != null ? options.consultant() : consult.consultantName(),
                consult.scenarios(consultationId), LocalDate.now(clock), consult.afterOpening().calibration());
    }

    /** Writes the report of the consultation to {@code target}; returns the target. */
    public Path write(long consultationId, Path target, ReportOptions options, Progress progress) {
        Path out = target.toAbsolutePath();
        Path folder = out.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportException("report.error.noFolder", String.valueOf(folder));
        }
        ReportContent content = content(consultationId, options);
        KoreanFontFinder.Faces faces = faces();
        progress.update(1, 10, content.t("progress.writing"));
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, ".report-", ".part");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                render(content, faces, os, progress);
            }
            try {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisDisk) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            progress.update(10, 10, content.t("progress.done"));
            return out;
        } catch (IOException e) {
            throw new ReportException("report.error.write", out.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the .part name never looks like a finished report
                }
            }
        }
    }

    /** The Korean font to embed, or a message naming what to install. */
    public KoreanFontFinder.Faces faces() {
        return fonts.find().orElseThrow(() -> new ReportException("report.error.noFont", KoreanFontFinder.installHint(),
                fonts.folders().stream().map(Path::toString).collect(Collectors.joining(", "))));
    }

    /** Renders the report's sections in order into {@code os}. */
    public static void render(ReportContent content, KoreanFontFinder.Faces faces, OutputStream os, Progress progress)
            throws IOException {
        List<ReportSection> sections = content.onePage() ? ReportSections.onePage() : ReportSections.full();
        try (PDDocument doc = new PDDocument(); ReportFonts f = new ReportFonts(doc, faces)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.t("cover.title"));
            info.setCreator("Sanggwon Desk");
            PdfLayout layout = new PdfLayout(doc, f.regular, f.bold);
            int i = 0;
            for (ReportSection s : sections) {
                progress.checkCancelled();
                if (s.appliesTo(content)) {
                    s.write(content, layout);
                }
                progress.update(1 + (long) 8 * ++i / sections.size(), 10, content.t("progress.writing"));
            }
            layout.finish(content.t("footer", content.client().name(), content.date(content.printedOn())));
            doc.save(os);
        }
    }
}
