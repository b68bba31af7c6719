package kr.sanggwon.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs work and callbacks immediately on the calling thread, so view-model tests need no JavaFX toolkit. */
public final class CurrentThreadTaskRunner implements TaskRunner {
    private final List<Throwable> unhandled = new ArrayList<>();
    private final Consumer<Throwable> defaultFailure;

    /** Unhandled failures are collected in {@link #unhandledFailures()}. */
    public CurrentThreadTaskRunner() {
        this.defaultFailure = unhandled::add;
    }

    public CurrentThreadTaskRunner(Consumer<Throwable> defaultFailure) {
        this.defaultFailure = defaultFailure;
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.run(Runnable::run, defaultFailure);
        return task;
    }

    public List<Throwable> unhandledFailures() {
        return List.copyOf(unhandled);
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
