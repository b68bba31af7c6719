package kr.sanggwon.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Work on a small pool of daemon threads; callbacks on the JavaFX application thread. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool;
    private final Consumer<Throwable> defaultFailure;
    /** Tasks handed in whose last callback has not run yet on the FX thread. */
    private final AtomicInteger active = new AtomicInteger();
    /** Set when the app is quitting: loads cut short by the closing database must not pop up error dialogs. */
    private final AtomicBoolean closing = new AtomicBoolean();

    public FxTaskRunner(int threads, Consumer<Throwable> defaultFailure) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
        this.defaultFailure = defaultFailure;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory base = Executors.defaultThreadFactory();
        return r -> {
            Thread t = base.newThread(r);
            t.setDaemon(true);
            t.setName("desk-task-" + n.incrementAndGet());
            return t;
        };
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        active.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    task.run(this::onFxThread, defaultFailure);
                } finally {
                    // queued after the task's own callbacks, so a task they start is counted before this one ends
                    Platform.runLater(active::decrementAndGet);
                }
            });
        } catch (RejectedExecutionException closed) {
            // the window is closing: a callback already queued on the FX thread asked for more work; drop it
            active.decrementAndGet();
        }
        return task;
    }

    @Override
    public void onUiThread(Runnable action) {
        onFxThread(action);
    }

    private void onFxThread(Runnable callback) {
        if (!closing.get()) {
            Platform.runLater(() -> {
                if (!closing.get()) {
                    callback.run();
                }
            });
        }
    }

    /**
     * The app is quitting: from now on no task's result or error reaches the screen (a dialog opened while the
     * toolkit shuts down crashes GTK). Work keeps running until {@link #close()}, so a load can still clean up.
     */
    public void beginClosing() {
        closing.set(true);
    }

    /** Tasks started and not yet through their last callback: 0 when every load of the shown screen has arrived. */
    public int activeTasks() {
        return active.get();
    }

    @Override
    public void close() {
        closing.set(true);
        pool.shutdownNow();
    }
}
