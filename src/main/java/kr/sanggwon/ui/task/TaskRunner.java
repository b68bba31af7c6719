package kr.sanggwon.ui.task;

/** Runs {@link BackgroundTask}s off the UI thread. The app uses {@link FxTaskRunner}; tests may use {@link CurrentThreadTaskRunner}. */
public interface TaskRunner extends AutoCloseable {
    /** Starts {@code task} and returns it (to cancel it later). */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /**
     * Runs {@code action} where the callbacks of tasks run (the JavaFX thread in the app; at once on the calling
     * thread in tests): for events that arrive on another thread, like a data change announced by an import.
     */
    default void onUiThread(Runnable action) {
        action.run();
    }

    /** Stops accepting work; running work is asked to stop. */
    @Override
    void close();
}
