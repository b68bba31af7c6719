package kr.sanggwon.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import kr.sanggwon.backup.BackupRestore;
import kr.sanggwon.backup.BackupVerifier;
import kr.sanggwon.backup.VerifyReport;
import kr.sanggwon.common.Messages;
import kr.sanggwon.store.BackupArchive;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.ui.shell.FileType;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * 파일 › 백업: back up now, check the workspace, restore a backup (checked first, confirmed, then the workspace is
 * closed, replaced and reopened), open the backup folder. All work runs off the FX thread.
 */
public final class BackupMenu {
    private final UiContext ctx;

    public BackupMenu(UiContext ctx) {
        this.ctx = ctx;
    }

    public Menu build() {
        Menu m = new Menu(Messages.get("backup.ui.menu"));
        m.setId("menu-backup");
        MenuItem restore = item("menu-backup-restore", "backup.ui.restore", this::restore);
        restore.setDisable(!ctx.workspaces().canSwitch());
        m.getItems().addAll(item("menu-backup-now", "backup.ui.now", this::backupNow),
                item("menu-backup-verify", "backup.ui.verify", this::verifyCurrent), restore,
                item("menu-backup-folder", "backup.ui.folder", this::openFolder));
        return m;
    }

    private void backupNow() {
        ctx.dataState().busy(Messages.get("backup.ui.running"));
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().backups().backup(BackupReason.MANUAL))
                .onSuccess(e -> ctx.dialogs().showInfo(Messages.get("backup.ui.now"), Messages.get("backup.ui.done", e.file().toString())))
                .onFailure(e -> ctx.dialogs().showError(Messages.get("backup.ui.now"), e))
                .onFinished(() -> ctx.dataState().idle()));
    }

    private void verifyCurrent() {
        ctx.dataState().busy(Messages.get("backup.ui.verifying"));
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().backups().verifyCurrent())
                .onSuccess(r -> show(Messages.get("backup.ui.verify"), r))
                .onFailure(e -> ctx.dialogs().showError(Messages.get("backup.ui.verify"), e))
                .onFinished(() -> ctx.dataState().idle()));
    }

    private void restore() {
        String title = Messages.get("backup.ui.restore");
        List<Path> chosen = ctx.dialogs().openFiles(title, List.of(new FileType(Messages.get("backup.ui.fileType"),
                List.of("*" + BackupArchive.EXTENSION))));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get(0);
        ctx.dataState().busy(Messages.get("backup.ui.verifying"));
        ctx.tasks().execute(BackgroundTask.of(() -> BackupVerifier.verify(file))
                .onSuccess(r -> {
                    if (!r.ok()) {
                        show(title, r);
                    } else if (ctx.dialogs().confirm(title, Messages.get("backup.ui.confirmRestore", file.getFileName().toString(),
                            r.manifest().createdAt().toString(), ctx.workspaces().current().label()))) {
                        prepareAndRestore(title, file);
                    }
                })
                .onFailure(e -> ctx.dialogs().showError(title, e))
                .onFinished(() -> ctx.dataState().idle()));
    }

    /** Takes the 'restore' backup with the workspace still open, then lets the session close, replace and reopen it. */
    private void prepareAndRestore(String title, Path file) {
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().backups().prepareRestore(file))
                .onSuccess(r -> ctx.workspaces().reopenAfter(title, folder -> BackupRestore.replace(file, folder),
                        Messages.get("backup.ui.restored", file.getFileName().toString())))
                .onFailure(e -> ctx.dialogs().showError(title, e)));
    }

    private void openFolder() {
        BackupFolder folder = new BackupFolder(ctx.app().database().folder());
        try {
            java.nio.file.Files.createDirectories(folder.dir());
        } catch (java.io.IOException e) {
            ctx.dialogs().showError(Messages.get("backup.ui.folder"), e);
            return;
        }
        ctx.dialogs().openWithSystem(folder.dir());
    }

    private void show(String title, VerifyReport r) {
        String lines = r.checks().stream().map(c -> Messages.get(c.ok() ? "backup.cli.checkOk" : "backup.cli.checkFailed",
                Messages.get("backup.check." + c.key()), c.detail()).strip()).collect(Collectors.joining("\n"));
        String text = lines + "\n\n" + Messages.get(r.ok() ? "backup.cli.verified" : "backup.cli.notVerified");
        if (r.ok()) {
            ctx.dialogs().showInfo(title, text);
        } else {
            ctx.dialogs().showWarning(title, text);
        }
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
