-- PostgreSQL twin of db/migration/V102__payload_row_version.sql: the same change; portable SQL.
-- Optimistic locking (issue 14) of the 현장 조사 and 디지털 진단 payloads of a scenario: a save names the version it
-- read, the first save is a plain INSERT; either failing means someone else saved first (dialog in the app, CLI exit 3).
ALTER TABLE consult_survey ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE consult_digital ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
