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
        try {
            Optional<ConsultRepository.SealedRow> row = ConsultRepository.sealedPayload(db, table, scenarioId);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            byte[] json = vault.openBytes(aad(scenarioId), row.get().sealed());
            return Optional.of(new Versioned<>(JSON.readValue(json, type), row.get().version()));
        } catch (DataAccessException e) {
            throw new ConsultException("consult.error.database", e.sqlState());
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
            n = ConsultRepository.putSealedPayload(db, table, scenarioId, expectedVersion, sealed);
        } catch (DataAccessException e) {
            if (expectedVersion == null && DUPLICATE_KEY.equals(e.sqlState())) {
                n = 0;   // someone else saved the scenario's first one meanwhile
            } else {
                throw new ConsultException("consult.error.database", e.sqlState());
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
