package kr.sanggwon.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * The SQL of a workspace's facts about itself: its marker (table {@code workspace}, V70) and its named settings
 * (table {@code workspace_setting}, V96). Failures are {@link DataAccessException}s.
 */
final class WorkspaceRepository {
    private WorkspaceRepository() {
    }

    /** The marker, or empty for a database that has none yet. */
    static Optional<WorkspaceMarker.Marker> marker(Database database) {
        return DataAccessException.read(database, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, name FROM workspace WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new WorkspaceMarker.Marker(WorkspaceKind.valueOf(rs.getString(1)), rs.getString(2)))
                        : Optional.empty();
            }
        });
    }

    /** Writes (or replaces) the marker on a connection of its own. */
    static void mark(Database database, WorkspaceKind kind, String name) {
        DataAccessException.read(database, c -> {
            mark(c, kind, name);
            return null;
        });
    }

    /** Writes the marker on {@code c} (inside the caller's transaction). */
    static void mark(Connection c, WorkspaceKind kind, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(
                Upsert.into("workspace", List.of("id"), List.of("id", "kind", "name", "created_at")).withValue("id", "1")))) {
            ps.setString(1, kind.name());
            ps.setString(2, name);
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            ps.executeUpdate();
        }
    }

    /** A setting's stored value, or empty when it was never changed. */
    static Optional<String> setting(Database database, String name) {
        return DataAccessException.read(database, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM workspace_setting WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Stores (or replaces) a setting's value. */
    static void putSetting(Database database, String name, String value) {
        DataAccessException.read(database, c -> {
            try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(
                    Upsert.into("workspace_setting", List.of("name"), List.of("name", "setting_value", "changed_at"))))) {
                ps.setString(1, name);
                ps.setString(2, value);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                return ps.executeUpdate();
            }
        });
    }
}
