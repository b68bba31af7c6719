package kr.sanggwon.ui.consult;

import java.util.Set;
import javafx.scene.control.Label;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.WatchList;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After imports that added a newer quarter: a notice saying how many watched districts moved notably, which opens
 * 상담 (its "연락할 곳" list). Counting needs no passphrase; names are shown only in 상담 once it is unlocked, and the
 * notice says so while it is locked.
 */
public final class WatchNotice {
    private static final Logger LOG = LoggerFactory.getLogger(WatchNotice.class);

    private WatchNotice() {
    }

    /** Checks the batches just imported; shows the notice when a new quarter moved at least one watched district. */
    public static void afterImport(UiContext ctx, Set<Long> batchIds) {
        if (batchIds.isEmpty() || ctx.workspaces().current().isSample()) {   // no case files beside the sample city
            return;
        }
        WatchList watch = ctx.app().consult().watchList();
        ctx.tasks().execute(BackgroundTask.of(() -> watch.afterImport(batchIds))
                .onSuccess(n -> {
                    if (n.worthShowing()) {
                        ctx.dialogs().notice(title(n), text(n, ctx.app().consult().vault().isUnlocked()),
                                () -> ctx.navigator().show(ConsultViewModel.SCREEN));
                    }
                })
                // a notice is a courtesy: the list in 상담 shows the same on its own, so a failure is only logged
                .onFailure(e -> LOG.warn("watch list check after import failed", e)));
    }

    /**
     * A line for 상담's locked page: how many watched districts moved, without names (those need the passphrase).
     * Empty when none moved.
     */
    static Label lockedLine(ConsultViewModel vm) {
        Label l = FormParts.wrapped("", Styles.WARN);
        l.setId("watch-locked");
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        vm.context().tasks().execute(BackgroundTask.of(() -> vm.context().app().consult().watchList().pending())
                .onSuccess(n -> l.setText(n.moved() == 0 ? "" : Messages.get("consult.watch.lockedText", n.moved(), n.clients())))
                .onFailure(e -> LOG.warn("watch list count failed", e)));
        return l;
    }

    static String title(WatchList.Notice n) {
        return Messages.get("consult.watch.notice.title", n.moved());
    }

    static String text(WatchList.Notice n, boolean unlocked) {
        String head = Messages.get("consult.watch.notice.text", Formats.quarter(n.quarter()), n.moved(), n.watched(), n.clients());
        return head + "\n" + Messages.get(unlocked ? "consult.watch.notice.open" : "consult.watch.notice.locked");
    }
}
