package kr.sanggwon.ui.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.report.ReportOptions;
import kr.sanggwon.ui.shell.FileType;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * The 상담 screen's report buttons: ask where to save, write the PDF of the open consultation off the FX thread with
 * progress and cancel, then offer to open it. The report is in the app's language at the moment of the click.
 */
public final class ReportViewModel {
    private final UiContext ctx;
    private final ObjectProperty<Consultation> consultation;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private BackgroundTask<Path> task;

    public ReportViewModel(UiContext ctx, ObjectProperty<Consultation> consultation) {
        this.ctx = ctx;
        this.consultation = consultation;
    }

    /** Asks for the file and writes the full report ({@code onePage} false) or the owner's one-page summary. */
    public void make(boolean onePage) {
        Consultation k = consultation.get();
        if (k == null || running.get()) {
            return;
        }
        String title = Messages.get(onePage ? "report.ui.onePage" : "report.ui.full");
        Optional<Path> target = ctx.dialogs().saveFile(title, defaultName(k, onePage),
                new FileType(Messages.get("report.ui.pdfFiles"), List.of("*.pdf")));
        target.ifPresent(t -> write(k.id(), withPdf(t), onePage, title));
    }

    /** Writes the report to {@code target} (the file chooser already asked). */
    void write(long consultationId, Path target, boolean onePage, String title) {
        Locale locale = Messages.locale();
        running.set(true);
        progress.set(-1);
        status.set(Messages.get("report.progress.writing"));
        task = BackgroundTask.withProgress(p -> ctx.app().report().write(consultationId, target, new ReportOptions(locale, onePage), p));
        ctx.tasks().execute(task.onProgress(u -> {
            progress.set(u.fraction());
            status.set(u.message() == null ? "" : u.message());
        }).onSuccess(file -> {
            status.set(Messages.get("report.ui.saved", file.toString()));
            if (ctx.dialogs().confirm(title, Messages.get("report.ui.openNow", file.getFileName().toString()))) {
                ctx.dialogs().openWithSystem(file);
            }
        }).onFailure(e -> {
            status.set("");
            ctx.dialogs().showError(e);
        }).onCancelled(() -> status.set(Messages.get("report.ui.cancelled")))
                .onFinished(() -> running.set(false)));
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    static String defaultName(Consultation k, boolean onePage) {
        return Messages.get(onePage ? "report.ui.fileOnePage" : "report.ui.fileFull", k.heldOn().toString());
    }

    private static Path withPdf(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? p : p.resolveSibling(name + ".pdf");
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Consultation> consultationProperty() {
        return consultation;
    }
}
