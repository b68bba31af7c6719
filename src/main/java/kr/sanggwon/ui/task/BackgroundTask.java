package kr.sanggwon.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import kr.sanggwon.common.CancelledException;
import kr.sanggwon.common.Progress;

/**
 * One piece of slow work (a query, an import) with callbacks. The work runs on a worker thread chosen by a
 * {@link TaskRunner}; every callback is delivered on the runner's UI executor (the FX thread in the app, the
 * calling thread in view-model tests). Progress updates are coalesced so a fast loop cannot flood the UI.
 */
public final class BackgroundTask<T> {
    /** Work that reports progress and checks the cancel flag through {@link Progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** One progress report: {@code done} of {@code total} (total &lt;= 0 = unknown) and a short status line. */
    public record Update(long done, long total, String message) {
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        }
    }

    private final Work<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private Consumer<Update> onProgress = u -> { };

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    /** Work without progress reports. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(p -> work.call());
    }

    /** Work that reports progress and can be cancelled. */
    public static <T> BackgroundTask<T> withProgress(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = action;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    /** Without this, failures go to the runner's default handler (an error dialog in the app). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** Runs last, after success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<Update> action) {
        this.onProgress = action;
        return this;
    }

    /** Asks the work to stop; it notices at its next {@link Progress#isCancelled()} check. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs the work on the current thread and hands every callback to {@code ui}. Called by runners. */
    void run(Executor ui, Consumer<Throwable> defaultFailure) {
        if (cancelled.get()) {
            ui.execute(() -> {
                onCancelled.run();
                onFinished.run();
            });
            return;
        }
        ui.execute(onRunning);
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (pending.getAndSet(new Update(done, total, message)) == null) {
                    ui.execute(() -> {
                        Update u = pending.getAndSet(null);
                        if (u != null) {
                            onProgress.accept(u);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try {
            T result = work.run(progress);
            ui.execute(() -> {
                if (cancelled.get()) {
                    onCancelled.run();
                } else {
                    onSuccess.accept(result);
                }
                onFinished.run();
            });
        } catch (CancelledException e) {
            ui.execute(() -> {
                onCancelled.run();
                onFinished.run();
            });
        } catch (Exception | Error e) {
            Consumer<Throwable> handler = onFailure != null ? onFailure : defaultFailure;
            ui.execute(() -> {
                handler.accept(e);
                onFinished.run();
            });
        }
    }
}
