package kr.sanggwon.consult;

import java.time.Instant;

/**
 * A saved scenario of a consultation: the snapshot as saved, and which data version and model made it; {@code version}
 * is the row version read, as in {@link Client}.
 */
public record Scenario(long id, long consultationId, Instant createdAt, Instant updatedAt, long dataVersion, Long modelId,
                       ScenarioSnapshot snapshot, long version) {
}
