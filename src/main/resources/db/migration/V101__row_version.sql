-- Optimistic locking of what consultants save (issue 14): every row a person edits carries a version, raised by one
-- on every UPDATE, and an UPDATE names the version it read (... WHERE id = ? AND row_version = ?). No row updated
-- means someone else saved (or deleted) it first: the app says so and shows both versions instead of overwriting.
-- (현장 조사 and 디지털 진단 payloads are not versioned yet: their last save wins.)
-- Portable SQL: the PostgreSQL twin (db/postgresql/V101__row_version.sql) is the same.
ALTER TABLE consult_client ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE consult_consultation ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE consult_scenario ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
