package kr.sanggwon.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What happens to a window's data, as state the screens and the retrainer react to: a version that goes up when the
 * data changed, and whether work on the whole database runs (an import, the sample load, a reset, a backup check)
 * together with the status-bar line that describes it. Code reacts to {@link #busyProperty()}, never to the wording
 * of the line. All on the FX thread.
 */
public final class DataState {
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** Goes up by one whenever the data in the database changed (an import, a reset to sample data). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public int version() {
        return version.get();
    }

    /** Tells every listener that the data changed. */
    public void changed() {
        version.set(version.get() + 1);
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
}
