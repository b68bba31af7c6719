package kr.sanggwon.ui.shell;

import javafx.scene.Node;

/**
 * One screen of the app, plugged into the shell through {@link ScreenCatalog}. Built once per language (the shell
 * rebuilds all screens when the language changes).
 */
public interface Screen {
    /** Stable id used by {@link Navigator#show(String)} and in preferences, e.g. "dashboard". */
    String id();

    /** i18n key of the navigation entry. */
    String titleKey();

    /** The screen's view; built once, lazily, on the FX thread. */
    Node view();

    /** Called every time the screen is navigated to: refresh what may have changed. */
    default void onShow() {
    }

    /** Called when the shell drops this screen (language switch, exit): remove listeners on shared state. */
    default void dispose() {
    }
}
