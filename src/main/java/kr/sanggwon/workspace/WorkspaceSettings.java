package kr.sanggwon.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * Named settings kept in the workspace's own database (table {@code workspace_setting}, V96), so they travel with
 * the workspace's backups and hold for the app and the CLI alike. Values are plain text; the feature that owns a
 * setting parses and checks it.
 */
public final class WorkspaceSettings {
    private final Database database;

    public WorkspaceSettings(Database database) {
        this.database = database;
    }

    /** The stored value, or empty when the setting was never changed. */
    public Optional<String> get(String name) {
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM workspace_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }

    /** Stores (or replaces) a value. */
    public void put(String name, String value) {
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(
                     Upsert.into("workspace_setting", List.of("name"), List.of("name", "setting_value", "changed_at"))))) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }
}
