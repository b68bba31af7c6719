package kr.sanggwon.ui.importer;

import java.nio.file.Path;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ui.task.BackgroundTask;

/** One file in the import list: its state, progress, rate line and result. */
public final class ImportRow {
    /** Life of one file. */
    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    private final Path file;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.QUEUED);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>(this, "result");
    private BackgroundTask<ImportResult> task;

    ImportRow(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public State state() {
        return state.get();
    }

    /** 0..1, or -1 while unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Rows read and rows per second while running. */
    public StringProperty rateProperty() {
        return rate;
    }

    /** Result summary when done, the reason when refused, or the queue state. */
    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public boolean isActive() {
        return state() == State.QUEUED || state() == State.RUNNING;
    }

    void setTask(BackgroundTask<ImportResult> task) {
        this.task = task;
    }

    BackgroundTask<ImportResult> task() {
        return task;
    }
}
