package kr.sanggwon.consult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import kr.sanggwon.store.Database;

/**
 * SQL of a case-file record kept as one sealed JSON per scenario (columns scenario_id, updated_at, payload_enc):
 * 현장 조사 in consult_survey (V91) and 디지털 전환 진단 in consult_digital (V94). Each row has a row_version (V102):
 * a save names the version it read, or {@code null} for "none saved yet" (then it is an INSERT), and fails with an
 * {@link EditConflictException} carrying what is saved now when someone else saved first.
 */
final class SealedScenarioPayloads<T> {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Database db;
    private final CaseVault vault;
    private final String table;
    private static final String DUPLICATE_KEY = "23505";
    private final Class<T> type;
    private final EditConflictException.Kind kind;

    SealedScenarioPayloads(Database db, CaseVault vault, String table, Class<T> type, EditConflictException.Kind kind) {
        this.db = db;
        this.vault = vault;
        this.table = table;
        this.type = type;
        this.kind = kind;
    }

    Optional<T> read(long scenarioId) {
        return readVersioned(scenarioId).map(Versioned::value);
    }

    /** The saved payload with its row version, or empty when none is saved for the scenario. */
    Optional<Versioned<T>> readVersioned(long scenarioId) {
        vault.requireUnlocked();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT payload_enc, row_version FROM " + table + " WHERE scenario_id = ?")) {
            ps.setLong(1, scenarioId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] json = vault.openBytes(aad(scenarioId), rs.getBytes(1));
                return Optional.of(new Versioned<>(JSON.readValue(json, type), rs.getLong(2)));
            }
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        } catch (IOException e) {
            throw new ConsultException("consult.vault.damaged", aad(scenarioId));
        }
    }

    /**
     * Saves the payload over the version read ({@code expectedVersion}), or as the scenario's first one when
     * {@code expectedVersion} is null; returns the new row version.
     *
     * @throws EditConflictException when the saved row is not at that version (or one was saved meanwhile, or the
     *                               scenario was deleted); nothing was written
     */
    long write(long scenarioId, Long expectedVersion, T payload) {
        vault.requireUnlocked();
        byte[] sealed;
        try {
            sealed = vault.sealBytes(aad(scenarioId), JSON.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + type.getSimpleName() + " is plain records", e);
        }
        int n;
        try {
            n = db.inTransaction(c -> {
                String sql = expectedVersion == null
                        ? "INSERT INTO " + table + " (scenario_id, updated_at, payload_enc, row_version) VALUES (?, ?, ?, 0)"
                        : "UPDATE " + table + " SET updated_at = ?, payload_enc = ?, row_version = row_version + 1 "
                                + "WHERE scenario_id = ? AND row_version = ?";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    Timestamp now = Timestamp.from(Instant.now());
                    if (expectedVersion == null) {
                        ps.setLong(1, scenarioId);
                        ps.setTimestamp(2, now);
                        ps.setBytes(3, sealed);
                    } else {
                        ps.setTimestamp(1, now);
                        ps.setBytes(2, sealed);
                        ps.setLong(3, scenarioId);
                        ps.setLong(4, expectedVersion);
                    }
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            if (expectedVersion == null && DUPLICATE_KEY.equals(e.getSQLState())) {
                n = 0;   // someone else saved the scenario's first one meanwhile
            } else {
                throw new ConsultException("consult.error.database", e.getSQLState());
            }
        }
        if (n == 0) {
            throw new EditConflictException(kind, scenarioId, readVersioned(scenarioId).orElse(null));
        }
        return expectedVersion == null ? 0 : expectedVersion + 1;
    }

    private String aad(long scenarioId) {
        return ConsultRepository.aad(table, "payload_enc", scenarioId);
    }
}
