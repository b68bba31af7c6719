package kr.sanggwon.consult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/**
 * A case-file record kept as one sealed JSON per scenario (columns scenario_id, updated_at, payload_enc; the SQL is in
 * {@link ConsultRepository}):
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
        try {
            byte[] sealed = ConsultRepository.sealedPayload(db, table, scenarioId);
            if (sealed == null) {
                return Optional.empty();
            }
            byte[] json = vault.openBytes(aad(scenarioId), sealed);
            return Optional.of(JSON.readValue(json, type));
        } catch (DataAccessException e) {
            throw new ConsultException("consult.error.database", e.sqlState());
        } catch (IOException e) {
            throw new ConsultException("consult.vault.damaged", aad(scenarioId));
        }
    }

    void write(long scenarioId, T payload) {
        vault.requireUnlocked();
        try {
            byte[] sealed = vault.sealBytes(aad(scenarioId), JSON.writeValueAsBytes(payload));
            ConsultRepository.putSealedPayload(db, table, scenarioId, sealed);
        } catch (DataAccessException e) {
            throw new ConsultException("consult.error.database", e.sqlState());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + type.getSimpleName() + " is plain records", e);
        }
    }

    private String aad(long scenarioId) {
        return ConsultRepository.aad(table, "payload_enc", scenarioId);
    }
}
