package kr.sanggwon.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Work on a small pool of daemon threads; callbacks on the JavaFX application thread. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool;
    private final Consumer<Throwable> defaultFailure;

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
        try {
            pool.execute(() -> task.run(Platform::runLater, defaultFailure));
        } catch (RejectedExecutionException closed) {
            // the window is closing: a callback already queued on the FX thread asked for more work; drop it
        }
        return task;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
