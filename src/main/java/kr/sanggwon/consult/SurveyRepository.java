package kr.sanggwon.consult;

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
import java.util.List;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/** SQL of 현장 조사: one sealed JSON survey per scenario (table consult_survey, V91). */
final class SurveyRepository {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final Database db;
    private final CaseVault vault;

    SurveyRepository(Database db, CaseVault vault) {
        this.db = db;
        this.vault = vault;
    }

    Optional<FieldSurvey> read(long scenarioId) {
        vault.requireUnlocked();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT payload_enc FROM consult_survey WHERE scenario_id = ?")) {
            ps.setLong(1, scenarioId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] json = vault.openBytes(aad(scenarioId), rs.getBytes(1));
                return Optional.of(JSON.readValue(json, FieldSurvey.class));
            }
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        } catch (IOException e) {
            throw new ConsultException("consult.vault.damaged", aad(scenarioId));
        }
    }

    void write(long scenarioId, FieldSurvey survey) {
        vault.requireUnlocked();
        try {
            byte[] sealed = vault.sealBytes(aad(scenarioId), JSON.writeValueAsBytes(survey));
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(Upsert.into("consult_survey",
                        List.of("scenario_id"), List.of("scenario_id", "updated_at", "payload_enc"))))) {
                    ps.setLong(1, scenarioId);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.setBytes(3, sealed);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a field survey is plain records", e);
        }
    }

    private static String aad(long scenarioId) {
        return ConsultRepository.aad("consult_survey", "payload_enc", scenarioId);
    }
}
