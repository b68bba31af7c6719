package kr.sanggwon.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * The marker a database carries about itself (table {@code workspace}, V70): whether it is the sample workspace or
 * the user's own. The kind comes from here, never from the folder's name.
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
        try (Connection c = database.connection(); PreparedStatement ps = c.prepareStatement("SELECT kind, name FROM workspace WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Marker(WorkspaceKind.valueOf(rs.getString(1)), rs.getString(2))) : Optional.empty();
        } catch (SQLException e) {
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
        try (Connection c = database.connection()) {
            mark(c, kind, name);
        } catch (SQLException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }

    /** Writes the marker on {@code c} (inside the caller's transaction). */
    public static void mark(Connection c, WorkspaceKind kind, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(
                Upsert.into("workspace", List.of("id"), List.of("id", "kind", "name", "created_at")).withValue("id", "1")))) {
            ps.setString(1, kind.name());
            ps.setString(2, name);
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            ps.executeUpdate();
        }
    }
}
