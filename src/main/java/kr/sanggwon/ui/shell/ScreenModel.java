package kr.sanggwon.ui.shell;

/** What a screen's view model does for the shell: refresh when shown, let go of shared state when dropped. */
public interface ScreenModel {
    /** Reloads if the selection or the data changed since the last load. */
    void refreshIfStale();

    /** Removes listeners on shared state (selection, data version). */
    void dispose();
}
