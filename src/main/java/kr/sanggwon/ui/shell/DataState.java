package kr.sanggwon.ui.shell;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import kr.sanggwon.store.DataVersionService;

/**
 * What happens to a window's data, as state the screens and the retrainer react to: a version that goes up when the
 * data changed, and whether work on the whole database runs (an import, the sample load, a reset, a backup check)
 * together with the status-bar line that describes it. Code reacts to {@link #busyProperty()}, never to the wording
 * of the line. All on the FX thread.
 * <p>
 * The version follows the database's {@link DataVersionService} events (an import, a sample load or reset, a change
 * another app instance made on a shared database): nobody has to announce a change by hand (ADR 0020).
 */
public final class DataState implements AutoCloseable {
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<DataVersionService.Change> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final DataVersionService.Subscription subscription;

    /** A state that no database feeds (tests of the retrainer drive it through {@link #changed()}). */
    DataState() {
        this.subscription = () -> { };
    }

    /**
     * The state of {@code versions}' database: every change event goes up the version, on {@code uiThread} (events
     * arrive on the thread that imported or polled).
     */
    public DataState(DataVersionService versions, Executor uiThread) {
        this.subscription = versions.subscribe(change -> uiThread.execute(() -> changed(change)));
    }

    /** Goes up by one whenever the data in the database changed (an import, a reset to sample data). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public int version() {
        return version.get();
    }

    /** The last change event (its data version and cause); null before the first. */
    public ReadOnlyObjectProperty<DataVersionService.Change> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** Tells every listener that the data changed (tests without a database). */
    void changed() {
        version.set(version.get() + 1);
    }

    private void changed(DataVersionService.Change change) {
        // the change first: whoever reacts to the version sees why it changed
        lastChange.set(change);
        changed();
    }

    /** Work on the database runs (or goes on); {@code statusText} is the status bar's line for it. */
    public void busy(String statusText) {
        // the line first: whoever reacts to "busy" sees the line that goes with it
        status.set(statusText == null ? "" : statusText);
        busy.set(true);
    }

    /** No work on the database runs any more. */
    public void idle() {
        status.set("");
        busy.set(false);
    }

    /** True while an import, the sample load, a reset or a backup check runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The status bar's line about the running work; empty when idle. Shown, not reacted to. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Stops following the database's events (the window closes). */
    @Override
    public void close() {
        subscription.close();
    }
}
