package kr.sanggwon.backup;

import java.nio.file.Path;
import kr.sanggwon.store.BackupArchive;
import kr.sanggwon.store.Database;

/**
 * Puts a checked backup in place of a workspace's database. The database must be closed (the caller closed its
 * {@code AppContext} after {@link BackupService#prepareRestore}); the file is swapped in one rename, then opened once so
 * an older backup is migrated to this version (itself behind a migration backup) before anyone uses it.
 */
public final class BackupRestore {
    private BackupRestore() {
    }

    public static BackupArchive.Manifest replace(Path archive, Path workspaceFolder) {
        BackupArchive.Manifest m = BackupArchive.extract(archive, workspaceFolder.resolve("sanggwon.mv.db"));
        try (Database reopened = Database.open(workspaceFolder)) {
            return m;
        }
    }
}
