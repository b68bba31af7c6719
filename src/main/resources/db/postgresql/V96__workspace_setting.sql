-- PostgreSQL twin of db/migration/V96__workspace_setting.sql (ADR 0018): the same table; portable SQL.
-- Settings that belong to one workspace (its data and case files) rather than to the computer: for now how long 상담
-- stays unlocked without use. One row per setting, the value as text; workspace.WorkspaceSettings reads and writes
-- them and the feature that owns a setting checks its value. Nothing personal is ever kept here.
CREATE TABLE workspace_setting (
    name          VARCHAR(80) PRIMARY KEY,
    setting_value VARCHAR(400) NOT NULL,
    changed_at    TIMESTAMP NOT NULL
);
