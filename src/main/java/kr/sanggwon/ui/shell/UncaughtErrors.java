package kr.sanggwon.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.errorlog.ErrorLog;
import kr.sanggwon.errorlog.SafeTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's last line of defence: an error nobody caught (on the FX thread, on any other thread, or a background task
 * without its own failure handling) is written to the {@link ErrorLog} and shown in a dialog that says what failed
 * and where the log file is. Without it such an error only went to the terminal, which a shop owner never sees.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    /** What was running when the error happened; worded in the dialog, and a fixed word in the log. */
    public enum Context { SCREEN, TASK, OTHER }

    private final ErrorLog log;
    private final DialogService dialogs;
    /** Where dialogs open: later on the FX thread in the app, since a dialog cannot open during a layout pass. */
    private final Executor fxThread;
    private final Thread screenThread;
    /** One dialog at a time: a screen that fails on every layout pass must not open one per pass. */
    private final AtomicBoolean showing = new AtomicBoolean();

    public UncaughtErrors(ErrorLog log, DialogService dialogs, Executor fxThread, Thread screenThread) {
        this.log = log;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.screenThread = screenThread;
    }

    /** Becomes the handler of every thread. Call on the FX thread once the dialogs can be shown. */
    public static UncaughtErrors install(ErrorLog log, DialogService dialogs) {
        UncaughtErrors handler = new UncaughtErrors(log, dialogs, Platform::runLater, Thread.currentThread());
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report(thread == screenThread ? Context.SCREEN : Context.OTHER, error);
    }

    /**
     * A background task failed without a failure handler of its own (the task runner's default): a
     * {@link UserException} is shown as the user's to fix, as before; anything else is reported like an uncaught error.
     */
    public void taskFailed(Throwable error) {
        if (error instanceof UserException) {
            dialogs.showError(error);
        } else {
            report(Context.TASK, error);
        }
    }

    private void report(Context context, Throwable error) {
        try {
            Optional<Path> file = log.record(context.name().toLowerCase(Locale.ROOT), error);
            LOG.error("unexpected error ({}): {}", context, SafeTrace.of(error));
            if (showing.compareAndSet(false, true)) {
                fxThread.execute(() -> {
                    try {
                        show(context, error, file);
                    } finally {
                        showing.set(false);
                    }
                });
            }
        } catch (RuntimeException | Error e) {
            // the handler of last resort must not fail in turn (e.g. the toolkit is already shut down)
            showing.set(false);
            LOG.error("cannot report an unexpected error: {}", e.getClass().getName());
        }
    }

    private void show(Context context, Throwable error, Optional<Path> file) {
        String what = Messages.get("ui.crash.what." + context.name().toLowerCase(Locale.ROOT));
        String kind = error.getClass().getSimpleName();
        String where = SafeTrace.where(error);
        if (where.isEmpty()) {
            where = Messages.get("ui.crash.whereUnknown");
        }
        String text = file.isPresent()
                ? Messages.get("ui.crash.text", what, kind, where, file.get().toAbsolutePath().toString())
                : Messages.get("ui.crash.noLog", what, kind, where);
        dialogs.showError(Messages.get("ui.crash.title"), text, SafeTrace.of(error));
    }
}
