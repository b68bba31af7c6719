package kr.sanggwon.consult;

import java.time.Instant;

/**
 * A client (the shop owner or would-be owner) as decrypted in memory. {@code budget} in won, null when not given.
 * {@code version} is the row version read (optimistic locking: an update names it and fails if someone saved since).
 */
public record Client(long id, String name, String phone, String email, String idea, String industry, Long budget,
                     String targetCustomers, String notes, Instant createdAt, Instant updatedAt, long version) {
}
