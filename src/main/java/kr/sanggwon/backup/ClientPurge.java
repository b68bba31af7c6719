package kr.sanggwon.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.StoreException;

/**
 * The second half of purging a client, on a closed workspace whose client rows are already deleted: H2 rewrites the
 * database file without its free pages ({@code SHUTDOWN COMPACT}), so the deleted ciphertext is nowhere in it; every
 * older backup (which still holds the client) is deleted; one fresh backup (reason {@code purge}) is taken so the
 * workspace is not left without any.
 */
public final class ClientPurge {
    private ClientPurge() {
    }

    /** What the purge removed besides the rows. */
    public record Result(int backupsDeleted, Path freshBackup) {
    }

    public static Result compactAndRotate(Path workspaceFolder) {
        Database.open(workspaceFolder).closeCompacted();
        List<BackupFolder.Entry> old = new BackupFolder(workspaceFolder).list();
        for (BackupFolder.Entry e : old) {
            try {
                Files.deleteIfExists(e.file());
            } catch (IOException ex) {
                throw new StoreException("purge.backupNotDeleted", e.file(), ex.getMessage());
            }
        }
        try (Database db = Database.open(workspaceFolder)) {
            return new Result(old.size(), db.backup(BackupReason.PURGE).file());
        }
    }
}
