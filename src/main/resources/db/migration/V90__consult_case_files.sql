-- 상담 case files (issue 11). Everything about a person is sealed in the application with AES-GCM, one value per
-- column (the *_enc columns: version byte, 12-byte nonce, ciphertext and tag; the row id and column name are the
-- associated data). Only ids, dates, industry codes and the data version a scenario was made with are in clear.
-- See docs/decisions/0007-case-files-encrypted-per-field.md.

-- The data key, wrapped (AES-GCM) by a key derived from the consultant's passphrase; one row.
CREATE TABLE consult_key (
    id              INT PRIMARY KEY,
    kdf             VARCHAR(40) NOT NULL,
    iterations      INT NOT NULL,
    salt            VARBINARY(64) NOT NULL,
    wrapped_key     VARBINARY(256) NOT NULL,
    consultant_enc  VARBINARY(4096),
    created_at      TIMESTAMP NOT NULL,
    changed_at      TIMESTAMP NOT NULL,
    CONSTRAINT consult_key_one_row CHECK (id = 1)
);

CREATE SEQUENCE consult_id_seq START WITH 1;

CREATE TABLE consult_client (
    id              BIGINT PRIMARY KEY,
    industry        VARCHAR(20),
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    name_enc        VARBINARY(8192) NOT NULL,
    phone_enc       VARBINARY(8192),
    email_enc       VARBINARY(8192),
    idea_enc        VARBINARY(65536),
    budget_enc      VARBINARY(8192),
    target_enc      VARBINARY(65536),
    notes_enc       VARBINARY(1048576)
);

CREATE TABLE consult_consultation (
    id              BIGINT PRIMARY KEY,
    client_id       BIGINT NOT NULL REFERENCES consult_client(id) ON DELETE CASCADE,
    held_on         DATE NOT NULL,
    follow_up_on    DATE,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    place_enc       VARBINARY(8192),
    notes_enc       VARBINARY(1048576),
    next_steps_enc  VARBINARY(1048576)
);
CREATE INDEX consult_consultation_client ON consult_consultation(client_id);
CREATE INDEX consult_consultation_follow_up ON consult_consultation(follow_up_on);

-- A scenario's payload is the whole snapshot as saved (estimate, dashboard, customers, comparison, attachments) in
-- JSON, sealed. data_version / model_id say which data and model made it, for "newer data exists".
CREATE TABLE consult_scenario (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consult_consultation(id) ON DELETE CASCADE,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    data_version    BIGINT NOT NULL,
    model_id        BIGINT,
    payload_enc     VARBINARY(16777216) NOT NULL
);
CREATE INDEX consult_scenario_consultation ON consult_scenario(consultation_id);
