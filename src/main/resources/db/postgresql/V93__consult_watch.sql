-- PostgreSQL twin of db/migration/V93__consult_watch.sql (ADR 0018): the same change, BYTEA for H2's VARBINARY.
-- 관심 목록 (issue 11): the districts and industries a client watches. After a new quarter is imported the app compares
-- each watched pair's newest quarter with the one before and the year before (kr.sanggwon.consult.WatchList).
-- The district and industry codes are in clear, like the industry code of consult_client: they name public places
-- and sectors, not a person, and keeping them readable lets the app count "N watched districts moved" after an import
-- without the passphrase (names are only shown once 상담 is unlocked). The consultant's note is free text and is sealed
-- like every other personal value (version byte, nonce, ciphertext and tag; row id and column as associated data).
CREATE TABLE consult_watch (
    id              BIGINT PRIMARY KEY,
    client_id       BIGINT NOT NULL REFERENCES consult_client(id) ON DELETE CASCADE,
    district_code   VARCHAR(12) NOT NULL,
    industry_code   VARCHAR(12),
    created_at      TIMESTAMP NOT NULL,
    note_enc        BYTEA
);
CREATE INDEX consult_watch_client ON consult_watch(client_id);
