-- Optimistic locking (issue 14) extended to the 현장 조사 and 디지털 진단 payloads of a scenario, which V101 left as
-- "last save wins": a save names the version it read (... WHERE scenario_id = ? AND row_version = ?), the first save
-- of a scenario's payload is a plain INSERT (a second first save meets the primary key), and either failing means
-- someone else saved first: the app shows both versions, the CLI exits 3. Nothing is overwritten unseen.
-- Portable SQL: the PostgreSQL twin (db/postgresql/V102__payload_row_version.sql) is the same.
ALTER TABLE consult_survey ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE consult_digital ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
