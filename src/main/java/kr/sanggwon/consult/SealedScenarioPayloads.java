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
import java.util.List;
import java.util.Optional;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * SQL of a case-file record kept as one sealed JSON per scenario (columns scenario_id, updated_at, payload_enc):
 * 현장 조사 in consult_survey (V91) and 디지털 전환 진단 in consult_digital (V94).
 */
final class SealedScenarioPayloads<T> {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Database db;
    private final CaseVault vault;
    private final String table;
    private final Class<T> type;

    SealedScenarioPayloads(Database db, CaseVault vault, String table, Class<T> type) {
        this.db = db;
        this.vault = vault;
        this.table = table;
        this.type = type;
    }

    Optional<T> read(long scenarioId) {
        vault.requireUnlocked();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT payload_enc FROM " + table + " WHERE scenario_id = ?")) {
            ps.setLong(1, scenarioId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] json = vault.openBytes(aad(scenarioId), rs.getBytes(1));
                return Optional.of(JSON.readValue(json, type));
            }
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        } catch (IOException e) {
            throw new ConsultException("consult.vault.damaged", aad(scenarioId));
        }
    }

    void write(long scenarioId, T payload) {
        vault.requireUnlocked();
        try {
            byte[] sealed = vault.sealBytes(aad(scenarioId), JSON.writeValueAsBytes(payload));
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(Upsert.into(table,
                        List.of("scenario_id"), List.of("scenario_id", "updated_at", "payload_enc"))))) {
                    ps.setLong(1, scenarioId);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.setBytes(3, sealed);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + type.getSimpleName() + " is plain records", e);
        }
    }

    private String aad(long scenarioId) {
        return ConsultRepository.aad(table, "payload_enc", scenarioId);
    }
}
