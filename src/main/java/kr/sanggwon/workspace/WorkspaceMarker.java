package kr.sanggwon.workspace;

import java.util.Optional;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/**
 * The marker a database carries about itself (table {@code workspace}, V70): whether it is the sample workspace or
 * the user's own. The kind comes from here, never from the folder's name; the SQL is in {@link WorkspaceRepository}.
 */
public final class WorkspaceMarker {
    /** What the marker says; {@code name} may be null. */
    public record Marker(WorkspaceKind kind, String name) {
    }

    private final Database database;

    public WorkspaceMarker(Database database) {
        this.database = database;
    }

    /** The marker, or empty for a database that has none yet (new, or made by a version without workspaces). */
    public Optional<Marker> read() {
        try {
            return WorkspaceRepository.marker(database);
        } catch (DataAccessException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }

    /** The kind, or empty when unmarked. */
    public Optional<WorkspaceKind> kind() {
        return read().map(Marker::kind);
    }

    public boolean isSample() {
        return kind().orElse(null) == WorkspaceKind.SAMPLE;
    }

    /** Writes (or replaces) the marker. */
    public void mark(WorkspaceKind kind, String name) {
        try {
            WorkspaceRepository.mark(database, kind, name);
        } catch (DataAccessException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }
}
