package kr.sanggwon.workspace;

import java.util.Optional;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/**
 * Named settings kept in the workspace's own database (table {@code workspace_setting}, V96), so they travel with
 * the workspace's backups and hold for the app and the CLI alike. Values are plain text; the feature that owns a
 * setting parses and checks it. The SQL is in {@link WorkspaceRepository}.
 */
public final class WorkspaceSettings {
    private final Database database;

    public WorkspaceSettings(Database database) {
        this.database = database;
    }

    /** The stored value, or empty when the setting was never changed. */
    public Optional<String> get(String name) {
        try {
            return WorkspaceRepository.setting(database, name);
        } catch (DataAccessException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }

    /** Stores (or replaces) a value. */
    public void put(String name, String value) {
        try {
            WorkspaceRepository.putSetting(database, name, value);
        } catch (DataAccessException e) {
            throw new UserException("workspace.error.database", e.getMessage());
        }
    }
}
