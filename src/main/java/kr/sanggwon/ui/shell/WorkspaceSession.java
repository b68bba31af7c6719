package kr.sanggwon.ui.shell;

import java.nio.file.Path;
import java.util.List;
import kr.sanggwon.AppContext;
import kr.sanggwon.workspace.Workspace;
import kr.sanggwon.workspace.WorkspaceHome;
import kr.sanggwon.workspace.WorkspaceKind;

/**
 * The workspace the window shows and the way to another one (파일 menu, the first real import in the sample). The
 * app uses {@link WorkspaceSwitcher}; a window opened on a single data folder (tests, tools) gets {@link #fixed}.
 */
public interface WorkspaceSession {
    Workspace current();

    /** Every workspace of the home, the sample first. */
    List<Workspace> list();

    /** False for a window fixed to one data folder: the switching menu entries are then disabled. */
    boolean canSwitch();

    /** Closes this workspace's window and data and opens {@code target}; then imports {@code thenImport} there. */
    void open(Workspace target, List<Path> thenImport);

    /** Makes a new, empty workspace of the user's own and opens it; then imports {@code thenImport} there. */
    void openNewOwn(List<Path> thenImport);

    /**
     * Closes this workspace's window and data, runs {@code whileClosed} on its folder (a restore), opens it again and
     * then shows {@code doneText} under {@code title} (or the error of {@code whileClosed}).
     */
    default void reopenAfter(String title, java.util.function.Consumer<Path> whileClosed, String doneText) {
        throw new UnsupportedOperationException("this window cannot reopen its workspace");
    }

    /**
     * Closes this workspace's window and data, runs {@code whileClosed} (off the FX thread, e.g. replacing the class
     * copy's database) and opens {@code target}. Not possible in a window fixed to one folder.
     */
    default void reopen(Workspace target, Runnable whileClosed) {
        throw new UnsupportedOperationException("a window fixed to one data folder cannot reopen its data");
    }

    /** Opens the sample workspace (made and loaded if it does not exist yet). */
    default void openSample() {
        list().stream().filter(Workspace::isSample).findFirst().ifPresent(w -> open(w, List.of()));
    }

    /** A window fixed to {@code app}'s folder; an unmarked folder counts as the user's own. */
    static WorkspaceSession fixed(AppContext app) {
        WorkspaceKind kind = app.workspaceMarker().kind().orElse(WorkspaceKind.OWN);
        Workspace only = new Workspace(WorkspaceHome.LEGACY_ID, app.database().folder(), kind,
                String.valueOf(app.database().folder().getFileName()));
        return new WorkspaceSession() {
            @Override
            public Workspace current() {
                return only;
            }

            @Override
            public List<Workspace> list() {
                return List.of(only);
            }

            @Override
            public boolean canSwitch() {
                return false;
            }

            @Override
            public void open(Workspace target, List<Path> thenImport) {
                throw new UnsupportedOperationException("a window fixed to one data folder cannot switch workspaces");
            }

            @Override
            public void openNewOwn(List<Path> thenImport) {
                throw new UnsupportedOperationException("a window fixed to one data folder cannot switch workspaces");
            }
        };
    }
}
