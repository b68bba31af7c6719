package kr.sanggwon.ui.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.DataStatus;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ui.shell.FileType;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.shell.WorkspaceSession;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * Imports files one after another off the FX thread, keeps a row per file, and tells the other screens when the
 * data changed. No javafx.scene here: testable with a current-thread runner and a fake dialog service.
 */
public final class ImportViewModel {
    private final UiContext ctx;
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DataStatus.BatchInfo> history = FXCollections.observableArrayList();
    private final Deque<ImportRow> queue = new ArrayDeque<>();
    private ImportRow running;
    /** Batches imported since the queue was last empty: checked together for a new quarter of watched districts. */
    private final java.util.Set<Long> importedThisRun = new java.util.LinkedHashSet<>();

    public ImportViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    /** The last imports recorded in the database (newest first), also those made with the CLI. */
    public ObservableList<DataStatus.BatchInfo> history() {
        return history;
    }

    /** Reloads {@link #history()} off the FX thread. */
    public void loadHistory() {
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().dataStatus().snapshot().lastImports())
                .onSuccess(history::setAll));
    }

    /** File types offered by the chooser. */
    public static List<FileType> fileTypes() {
        return List.of(new FileType(Messages.get("ui.import.types.all"), List.of("*.csv", "*.CSV", "*.json", "*.JSON", "*.shp", "*.SHP", "*.txt")),
                new FileType(Messages.get("ui.file.csv"), List.of("*.csv", "*.CSV")),
                new FileType(Messages.get("ui.import.types.json"), List.of("*.json", "*.JSON")),
                new FileType(Messages.get("ui.import.types.shp"), List.of("*.shp", "*.SHP")));
    }

    /** Asks for files with the chooser and queues them. */
    public void chooseFiles() {
        addFiles(ctx.dialogs().openFiles(Messages.get("ui.import.choose"), fileTypes()));
    }

    /**
     * Queues files (drag-and-drop or chooser); imports start at once if nothing runs. In the sample workspace nothing
     * is imported here: real data never joins the fictional city. The user is offered a new empty workspace of their
     * own, and the files are imported there.
     */
    public void addFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        WorkspaceSession ws = ctx.workspaces();
        if (ws.current().isSample()) {
            if (!ws.canSwitch()) {
                ctx.dialogs().showWarning(Messages.get("ui.workspace.firstImport.title"), Messages.get("workspace.cli.intoSample",
                        ctx.app().database().folder()));
            } else if (ctx.dialogs().confirm(Messages.get("ui.workspace.firstImport.title"),
                    Messages.get("ui.workspace.firstImport.text", files.size()))) {
                ws.openNewOwn(List.copyOf(files));
            }
            return;
        }
        for (Path f : files) {
            ImportRow row = new ImportRow(f);
            row.messageProperty().set(Messages.get("ui.import.queued"));
            rows.add(0, row);
            queue.add(row);
        }
        startNext();
    }

    public void cancel(ImportRow row) {
        if (row.state() == ImportRow.State.QUEUED) {
            queue.remove(row);
            row.stateProperty().set(ImportRow.State.CANCELLED);
            row.messageProperty().set(Messages.get("ui.import.cancelled"));
            updateStatus();
        } else if (row.state() == ImportRow.State.RUNNING && row.task() != null) {
            row.task().cancel();
            row.messageProperty().set(Messages.get("ui.import.cancelling"));
        }
    }

    /** Opens the rejected-rows CSV of a finished import with the system's program. */
    public void openRejects(ImportRow row) {
        ImportResult r = row.resultProperty().get();
        if (r != null && r.rejectsFile() != null) {
            ctx.dialogs().openWithSystem(r.rejectsFile());
        }
    }

    /** Removes finished rows from the list. */
    public void clearFinished() {
        rows.removeIf(r -> !r.isActive());
    }

    public boolean isBusy() {
        return running != null;
    }

    private void startNext() {
        if (running != null) {
            return;
        }
        ImportRow row = queue.poll();
        if (row == null) {
            updateStatus();
            kr.sanggwon.ui.consult.WatchNotice.afterImport(ctx, java.util.Set.copyOf(importedThisRun));
            importedThisRun.clear();
            return;
        }
        running = row;
        row.stateProperty().set(ImportRow.State.RUNNING);
        row.progressProperty().set(-1);
        row.messageProperty().set(Messages.get("ui.import.running"));
        updateStatus();
        BackgroundTask<ImportResult> task = BackgroundTask.withProgress(p -> ctx.app().importService().importFile(row.file(), p))
                .onProgress(u -> {
                    row.progressProperty().set(u.fraction());
                    row.rateProperty().set(u.message());
                })
                .onSuccess(r -> succeeded(row, r))
                .onFailure(e -> failed(row, e))
                .onCancelled(() -> {
                    row.stateProperty().set(ImportRow.State.CANCELLED);
                    row.messageProperty().set(Messages.get("ui.import.cancelled"));
                })
                .onFinished(() -> {
                    running = null;
                    startNext();
                });
        row.setTask(task);
        ctx.tasks().execute(task);
    }

    private void succeeded(ImportRow row, ImportResult r) {
        row.resultProperty().set(r);
        row.progressProperty().set(1);
        row.rateProperty().set(Messages.get("ui.import.rate", Math.round(r.rowsPerSecond()), r.duration().toMillis() / 1000.0));
        row.messageProperty().set(summary(r));
        importedThisRun.add(r.batchId());
        // the import service announced the change when it committed; its event reached the FX thread before this
        loadHistory();
        // DONE last: whoever waits for it sees the data change already announced
        row.stateProperty().set(ImportRow.State.DONE);
    }

    /** "상권변화지표-상권 · 2019년 1분기 ~ 2025년 2분기 (26) · 42,900행 · 거부 0행". */
    public static String summary(ImportResult r) {
        return Messages.get("ui.import.result", r.dataset(), Formats.quarterRange(r.quarters()), r.rowsImported(), r.rowsRejected());
    }

    private void failed(ImportRow row, Throwable e) {
        row.stateProperty().set(ImportRow.State.FAILED);
        row.progressProperty().set(0);
        row.rateProperty().set("");
        String text = e instanceof UserException ue ? ue.localized() : String.valueOf(e.getMessage());
        row.messageProperty().set(text);
        ctx.dialogs().showError(Messages.get("ui.import.refused", row.fileName()), e);
    }

    private void updateStatus() {
        long waiting = queue.size();
        if (running == null) {
            ctx.dataState().idle();
        } else {
            ctx.dataState().busy(waiting == 0 ? Messages.get("ui.import.status", running.fileName())
                    : Messages.get("ui.import.statusMore", running.fileName(), waiting));
        }
    }
}
