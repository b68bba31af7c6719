package kr.sanggwon.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.store.BackupArchive;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.StoreException;

/**
 * Backups of the open workspace: on demand, before every import, once a day, and the checks of a backup file. Restoring
 * needs the database closed, so it is {@link BackupRestore}'s job; this class prepares it ({@link #prepareRestore}).
 */
public final class BackupService {
    /** A daily backup is due when the newest one is older than this. */
    public static final Duration DAILY = Duration.ofHours(24);

    private final Database db;
    private final BackupFolder folder;

    public BackupService(Database db) {
        this.db = db;
        this.folder = new BackupFolder(db.folder());
    }

    public BackupFolder.Entry backup(BackupReason reason) {
        return db.backup(reason);
    }

    public List<BackupFolder.Entry> list() {
        return folder.list();
    }

    /**
     * The backup taken before an import; none for a workspace without any data or case file (nothing to lose), nor for
     * the sample workspace without case files (its data is the bundled sample, which 파일 › 샘플 초기화 loads again), nor for
     * a shared server (backed up on the server).
     */
    public Optional<BackupFolder.Entry> beforeImport() {
        // a shared server is backed up on the server; its imports are still all-or-nothing (one transaction)
        if (!db.embedded() || !holdsData() || ("SAMPLE".equals(currentKind()) && !holdsCaseFiles())) {
            return Optional.empty();
        }
        return Optional.of(db.backup(BackupReason.IMPORT));
    }

    private boolean holdsCaseFiles() {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM consult_key")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new StoreException("backup.failed", db.folder(), "SQL state " + e.getSQLState());
        }
    }

    /** Takes the daily backup when the newest daily one is older than {@link #DAILY} (or there is none). */
    public Optional<BackupFolder.Entry> dailyIfDue(LocalDateTime now) {
        if (!db.embedded()) {
            return Optional.empty();
        }
        Optional<BackupFolder.Entry> last = folder.list().stream().filter(e -> e.reason() == BackupReason.DAILY).findFirst();
        if (last.isPresent() && last.get().takenAt().plus(DAILY).isAfter(now)) {
            return Optional.empty();
        }
        return holdsData() ? Optional.of(db.backup(BackupReason.DAILY)) : Optional.empty();
    }

    /** Checks a backup file (see {@link BackupVerifier}). */
    public VerifyReport verify(Path archive) {
        return BackupVerifier.verify(archive);
    }

    /** Checks the workspace itself: a consistent copy is taken into a temporary folder and checked like a backup. */
    public VerifyReport verifyCurrent() {
        requireEmbedded();
        Path temp = null;
        try {
            temp = Files.createTempDirectory("sanggwon-verify-live");
            Path copy = temp.resolve("current" + BackupArchive.EXTENSION);
            try (Connection c = db.connection()) {
                BackupArchive.write(c, copy, "verify");
            }
            return BackupVerifier.verify(copy);
        } catch (IOException | SQLException e) {
            throw new StoreException("backup.failed", db.folder(), e.getMessage());
        } finally {
            BackupVerifier.deleteTree(temp);
        }
    }

    /**
     * Everything a restore checks while the workspace is still open: the file passes {@link BackupVerifier}, it is of the
     * same workspace kind (sample data never lands in a workspace of real data, nor the reverse), and a backup of the
     * current state (reason {@code restore}) is taken so the restore itself can be undone.
     */
    public VerifyReport prepareRestore(Path archive) {
        requireEmbedded();
        VerifyReport report = verify(archive);
        if (!report.ok()) {
            throw new BackupException("backup.restore.refused", archive.getFileName(), failed(report));
        }
        String kind = currentKind();
        if (!kind.isEmpty() && !report.manifest().workspaceKind().isEmpty() && !kind.equals(report.manifest().workspaceKind())) {
            throw new BackupException("backup.restore.otherKind", archive.getFileName(), report.manifest().workspaceKind(), kind);
        }
        db.backup(BackupReason.RESTORE);
        return report;
    }

    /** Backups are H2 files: a shared server is backed up, checked and restored on the server (pg_dump/pg_restore). */
    private void requireEmbedded() {
        if (!db.embedded()) {
            throw new StoreException("store.db.backupOnServer", db.location().safeUrl());
        }
    }

    static String failed(VerifyReport report) {
        return report.checks().stream().filter(c -> !c.ok()).map(c -> c.key() + ": " + c.detail()).findFirst().orElse("");
    }

    private String currentKind() {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kind FROM workspace")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    private boolean holdsData() {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM import_batch) + (SELECT COUNT(*) FROM consult_client)"
                     + " + (SELECT COUNT(*) FROM consult_key)")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new StoreException("backup.failed", db.folder(), "SQL state " + e.getSQLState());
        }
    }
}
