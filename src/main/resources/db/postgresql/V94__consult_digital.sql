-- PostgreSQL twin of db/migration/V94__consult_digital.sql (ADR 0018): the same change, BYTEA for H2's VARBINARY.
-- 디지털 전환 진단 of a scenario: the checklist (which digital tools the shop uses or plans) and the plan figures the
-- profit simulation needs (rent, 관리비, staff, investment), as JSON sealed with the case-file key like every other
-- personal value (associated data: table, column and scenario id). One diagnosis per scenario.
-- Costs, effects and support programmes are not here: they are the editable digital-items.csv and
-- digital-programmes.csv in the workspace folder.
CREATE TABLE consult_digital (
    scenario_id     BIGINT PRIMARY KEY REFERENCES consult_scenario(id) ON DELETE CASCADE,
    updated_at      TIMESTAMP NOT NULL,
    payload_enc     BYTEA NOT NULL
);
