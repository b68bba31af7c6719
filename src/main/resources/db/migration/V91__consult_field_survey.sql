-- 현장 조사 (field survey) of a scenario: what the consultant saw at the storefront, as JSON sealed with the case-file
-- key like every other personal value (associated data: table, column and scenario id). One survey per scenario.
-- The factors it applies are not here: they are the editable survey-factors.csv in the workspace folder.
CREATE TABLE consult_survey (
    scenario_id     BIGINT PRIMARY KEY REFERENCES consult_scenario(id) ON DELETE CASCADE,
    updated_at      TIMESTAMP NOT NULL,
    payload_enc     VARBINARY(1048576) NOT NULL
);
