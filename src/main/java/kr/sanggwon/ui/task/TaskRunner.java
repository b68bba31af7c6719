package kr.sanggwon.ui.task;

/** Runs {@link BackgroundTask}s off the UI thread. The app uses {@link FxTaskRunner}; tests may use {@link CurrentThreadTaskRunner}. */
public interface TaskRunner extends AutoCloseable {
    /** Starts {@code task} and returns it (to cancel it later). */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Stops accepting work; running work is asked to stop. */
    @Override
    void close();
}
