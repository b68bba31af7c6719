package kr.sanggwon.consult;

import java.time.Instant;
import java.time.LocalDate;

/** One consultation (a visit or call) with a client, as decrypted in memory; {@code version} as in {@link Client}. */
public record Consultation(long id, long clientId, LocalDate heldOn, String place, String notes, String nextSteps,
                           LocalDate followUpOn, Instant createdAt, Instant updatedAt, long version) {
}
