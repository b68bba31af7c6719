package kr.sanggwon.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.SortedSet;
import java.util.stream.Collectors;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Transaction;

/**
 * The SQL of the import_batch record of one file: opened at the start of its import transaction, completed at its
 * end. SQL failures arrive as {@link DataAccessException}.
 */
final class ImportBatchRepository {
    private ImportBatchRepository() {
    }

    /** What a finished import says about itself in import_batch. */
    record Completion(String sha256, DetectedFile detected, String encoding, long read, long imported, long rejected,
                      SortedSet<Integer> quarters, Path rejectsFile) {
    }

    /** Inserts the record of a file whose import starts now; returns its id (the batch id of every row it writes). */
    static long open(Transaction tx, String name, Instant started) {
        return DataAccessException.unchecked(() -> open(tx.connection(), name, started));
    }

    /** Fills in what the finished import found. */
    static void complete(Transaction tx, long id, Completion done) {
        DataAccessException.unchecked(() -> {
            complete(tx.connection(), id, done);
            return null;
        });
    }

    private static long open(Connection c, String name, Instant started) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (file_name, sha256, dataset, rows_read,"
                + " rows_imported, rows_rejected, started_at, finished_at) VALUES (?, '', '', 0, 0, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setTimestamp(2, Timestamp.from(started));
            ps.setTimestamp(3, Timestamp.from(started));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void complete(Connection c, long id, Completion done) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET sha256 = ?, dataset = ?, lvl = ?, encoding = ?,"
                + " rows_read = ?, rows_imported = ?, rows_rejected = ?, min_quarter = ?, max_quarter = ?, quarters = ?,"
                + " rejects_file = ?, finished_at = ? WHERE id = ?")) {
            DetectedFile detected = done.detected();
            SortedSet<Integer> quarters = done.quarters();
            ps.setString(1, done.sha256());
            ps.setString(2, detected.id());
            ps.setString(3, detected.level() == null ? null : String.valueOf(detected.level().code()));
            ps.setString(4, done.encoding());
            ps.setLong(5, done.read());
            ps.setLong(6, done.imported());
            ps.setLong(7, done.rejected());
            if (quarters.isEmpty()) {
                ps.setNull(8, Types.INTEGER);
                ps.setNull(9, Types.INTEGER);
            } else {
                ps.setInt(8, quarters.first());
                ps.setInt(9, quarters.last());
            }
            String q = quarters.stream().map(String::valueOf).collect(Collectors.joining(","));
            ps.setString(10, q.length() > 1000 ? q.substring(0, 1000) : q);
            ps.setString(11, done.rejectsFile() == null ? null : done.rejectsFile().toString());
            ps.setTimestamp(12, Timestamp.from(Instant.now()));
            ps.setLong(13, id);
            ps.executeUpdate();
        }
    }
}
