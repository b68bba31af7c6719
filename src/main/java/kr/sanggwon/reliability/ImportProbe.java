package kr.sanggwon.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.ImportException;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;

/**
 * Pushes one file through the real importer with a time limit and classifies what happened: a clear refusal that
 * left every table exactly as before, an import whose batch record matches what was reported, or a bug (any other
 * exception, a hang, a refusal that changed something, a batch record that does not match).
 */
public final class ImportProbe implements AutoCloseable {
    private final Database database;
    private final ImportService importer;
    private final Duration limit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-probe");
        t.setDaemon(true);
        return t;
    });

    public ImportProbe(Database database, Duration limit) {
        this.database = database;
        this.importer = new ImportService(database);
        this.limit = limit;
    }

    public ImportOutcome run(Path file) throws SQLException {
        Map<String, String> before = TableFingerprint.of(database);
        Future<ImportResult> job = worker.submit(() -> importer.importFile(file, Progress.NONE));
        ImportResult result;
        try {
            result = job.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return new ImportOutcome(ImportOutcome.Kind.HUNG, null, "no answer after " + limit.toSeconds() + " s", 0, 0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing " + file, e);
        } catch (ExecutionException e) {
            return failed(e.getCause(), before);
        }
        return imported(result);
    }

    private ImportOutcome failed(Throwable cause, Map<String, String> before) throws SQLException {
        if (!(cause instanceof UserException refusal)) {
            return new ImportOutcome(ImportOutcome.Kind.UNHANDLED, cause.getClass().getName(), String.valueOf(cause.getMessage()), 0, 0, 0);
        }
        if (!TableFingerprint.of(database).equals(before)) {
            return new ImportOutcome(ImportOutcome.Kind.HALF_WRITTEN, refusal.key(), "refused but the database changed", 0, 0, 0);
        }
        long line = refusal instanceof ImportException ie ? ie.line() : 0;
        String text = Messages.get(refusal.key(), refusal.args());
        return new ImportOutcome(ImportOutcome.Kind.REFUSED, refusal.key(), text, line, 0, 0,
                java.util.Arrays.asList(refusal.args()));
    }

    /** The batch record must exist, be finished (hash set) and hold the counts the importer reported. */
    private ImportOutcome imported(ImportResult r) throws SQLException {
        try (Connection c = database.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT sha256, rows_read, rows_imported, rows_rejected FROM import_batch WHERE id = ?")) {
            ps.setLong(1, r.batchId());
            try (ResultSet rs = ps.executeQuery()) {
                boolean complete = rs.next() && rs.getString(1).length() == 64 && rs.getLong(2) == r.rowsRead()
                        && rs.getLong(3) == r.rowsImported() && rs.getLong(4) == r.rowsRejected()
                        && r.rowsImported() + r.rowsRejected() == r.rowsRead();
                if (!complete) {
                    return new ImportOutcome(ImportOutcome.Kind.HALF_WRITTEN, null, "batch record " + r.batchId()
                            + " missing or not matching " + r, 0, r.rowsImported(), r.rowsRejected());
                }
            }
        }
        return new ImportOutcome(ImportOutcome.Kind.IMPORTED, null, r.dataset(), 0, r.rowsImported(), r.rowsRejected());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
