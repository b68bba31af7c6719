package kr.sanggwon.ui.shell;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks every few seconds whether someone else changed a shared database (another app instance on the same
 * PostgreSQL): one cheap query off the FX thread, only while no work on the data runs here. A change it finds reaches
 * the screens, the retrainer and the caches as a {@link DataVersionService.Cause#ELSEWHERE} event. The embedded
 * database is locked to one app, so the window polls only a shared one.
 */
public final class DataVersionPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataVersionPoller.class);
    /** How often the window looks. */
    public static final Duration EVERY = Duration.seconds(5);

    private final DataVersionService versions;
    private final DataState data;
    private final TaskRunner tasks;
    private Timeline timeline;
    private boolean polling;

    public DataVersionPoller(DataVersionService versions, DataState data, TaskRunner tasks) {
        this.versions = versions;
        this.data = data;
        this.tasks = tasks;
    }

    /** Starts looking every {@link #EVERY} (on the FX thread). */
    public void start() {
        if (timeline == null) {
            tick();   // learns the version now, so the next look compares with it
            timeline = new Timeline(new KeyFrame(EVERY, e -> tick()));
            timeline.setCycleCount(Animation.INDEFINITE);
            timeline.play();
        }
    }

    /** One look: skipped while an import (or another change here) runs, or while the last look has not answered. */
    public void tick() {
        if (polling || data.isBusy()) {
            return;
        }
        polling = true;
        tasks.execute(BackgroundTask.of(versions::poll)
                // a server that does not answer for a moment is not worth a dialog: the next look tries again
                .onFailure(e -> LOG.debug("cannot look at the data version: {}", e.toString()))
                .onFinished(() -> polling = false));
    }

    @Override
    public void close() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
