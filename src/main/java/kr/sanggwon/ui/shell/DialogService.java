package kr.sanggwon.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs behind an interface, so view models can be tested with a fake. */
public interface DialogService {
    /** Shows an error: a {@link kr.sanggwon.common.UserException} as its localized text, anything else as an unexpected error; details expandable. */
    void showError(Throwable error);

    /** Shows an error with a custom headline. */
    void showError(String title, Throwable error);

    /** Shows an error with its own text and technical details (expandable) that the caller made safe to show. */
    void showError(String title, String text, String details);

    void showInfo(String title, String text);

    void showWarning(String title, String text);

    /** Asks yes/no; true when the user confirmed. */
    boolean confirm(String title, String text);

    /** Lets the user pick one or more existing files; empty when cancelled. */
    List<Path> openFiles(String title, List<FileType> types);

    /** Lets the user pick where to save; empty when cancelled. */
    Optional<Path> saveFile(String title, String initialName, FileType type);

    /**
     * A passing notice in the corner of the main window that goes away by itself (no answer needed); clicking it runs
     * {@code onOpen} (may be null), e.g. to show the screen the notice is about.
     */
    void notice(String title, String text, Runnable onOpen);

    /** Opens a file with the operating system's default program (off the FX thread); shows an error when it cannot. */
    void openWithSystem(Path file);
}
