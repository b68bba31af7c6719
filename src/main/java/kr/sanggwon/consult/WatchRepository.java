package kr.sanggwon.consult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;

/**
 * SQL of 관심 목록 (consult_watch, V93): district and industry codes in clear, the note sealed. {@link #pairs()} reads
 * the codes without the passphrase (the count after an import); everything with a note needs the vault unlocked.
 */
final class WatchRepository {
    private static final String COLUMNS = "id, client_id, district_code, industry_code, created_at, note_enc";
    private final Database db;
    private final CaseVault vault;

    WatchRepository(Database db, CaseVault vault) {
        this.db = db;
        this.vault = vault;
    }

    Watch insert(long clientId, String district, String industry, String note) {
        vault.requireUnlocked();
        try {
            return db.inTransaction(c -> {
                long id;
                try (PreparedStatement ps = c.prepareStatement("SELECT " + SqlDialect.of(c).nextValue("consult_id_seq")); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                Instant now = Instant.now();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO consult_watch (id, client_id, district_code, industry_code, "
                        + "created_at, note_enc) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, clientId);
                    ps.setString(3, district);
                    if (industry == null) {
                        ps.setNull(4, Types.VARCHAR);
                    } else {
                        ps.setString(4, industry);
                    }
                    ps.setTimestamp(5, Timestamp.from(now));
                    ps.setBytes(6, vault.seal(aad(id), note));
                    ps.executeUpdate();
                }
                return new Watch(id, clientId, district, industry, note, now);
            });
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        }
    }

    boolean delete(long id) {
        vault.requireUnlocked();
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM consult_watch WHERE id = ?")) {
                    ps.setLong(1, id);
                    return ps.executeUpdate() > 0;
                }
            });
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        }
    }

    /** Every entry with its note opened, by client then age; needs the vault unlocked. */
    List<Watch> all() {
        vault.requireUnlocked();
        return read(true);
    }

    /** Every entry without its note: readable while 상담 is locked (codes and ids only). */
    List<Watch> pairs() {
        return read(false);
    }

    private List<Watch> read(boolean withNotes) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM consult_watch ORDER BY client_id, id");
             ResultSet rs = ps.executeQuery()) {
            List<Watch> out = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                String note = withNotes ? vault.open(aad(id), rs.getBytes(6)) : null;
                out.add(new Watch(id, rs.getLong(2), rs.getString(3), rs.getString(4), note, rs.getTimestamp(5).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        }
    }

    private static String aad(long id) {
        return ConsultRepository.aad("consult_watch", "note_enc", id);
    }
}
