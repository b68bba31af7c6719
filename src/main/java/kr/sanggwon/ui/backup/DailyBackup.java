package kr.sanggwon.ui.backup;

import java.time.LocalDateTime;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.shell.DialogService;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.ui.task.TaskRunner;

/** The daily backup of the user's own workspace, taken in the background when its window is shown. */
public final class DailyBackup {
    private DailyBackup() {
    }

    public static void start(AppContext app, TaskRunner tasks, DialogService dialogs) {
        tasks.execute(BackgroundTask.of(() -> app.backups().dailyIfDue(LocalDateTime.now()))
                .onFailure(e -> dialogs.showError(Messages.get("backup.ui.dailyFailed"), e)));
    }
}
