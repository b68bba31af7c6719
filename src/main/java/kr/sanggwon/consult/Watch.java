package kr.sanggwon.consult;

import java.time.Instant;

/**
 * One entry of a client's 관심 목록: a district (상권 or 행정동 code) and an industry code, null for all industries, with
 * the consultant's note (decrypted in memory; null when none, or when read without the passphrase).
 */
public record Watch(long id, long clientId, String district, String industry, String note, Instant createdAt) {
}
