package kr.sanggwon.ui.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Holds tasks until the test runs them ({@link #runNext()}, {@link #runAll()}), on the calling thread with callbacks
 * there too: lets a test look at what is queued while something "runs".
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<BackgroundTask<?>> queue = new ArrayDeque<>();
    private final List<Throwable> unhandled = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        queue.add(task);
        return task;
    }

    /** Tasks started but not run yet. */
    public int pending() {
        return queue.size();
    }

    /** Runs the oldest queued task (and its callbacks) now. */
    public void runNext() {
        BackgroundTask<?> t = queue.poll();
        if (t != null) {
            t.run(Runnable::run, unhandled::add);
        }
    }

    /** Runs the newest queued task (and its callbacks) now: work finishing out of order. */
    public void runNewest() {
        BackgroundTask<?> t = queue.pollLast();
        if (t != null) {
            t.run(Runnable::run, unhandled::add);
        }
    }

    /** Runs queued tasks, also those queued by callbacks, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    public List<Throwable> unhandledFailures() {
        return List.copyOf(unhandled);
    }

    @Override
    public void close() {
        queue.clear();
    }
}
