package kr.sanggwon.ui.shell;

/** Switches the main window to another screen. */
public interface Navigator {
    /** Shows the screen with this id (see {@link ScreenCatalog}); unknown or not-yet-built ids are ignored. */
    void show(String screenId);

    /** The id of the screen shown now. */
    String current();
}
