-- 사후 점검: the shop's actual monthly sales after opening, against the forecast of a scenario. The amount is personal
-- (sealed like the other case-file values); ids and the month are in clear. Deleting a client deletes them; deleting
-- the scenario keeps the record without its forecast.
CREATE TABLE consult_actual (
    id              BIGINT PRIMARY KEY,
    client_id       BIGINT NOT NULL REFERENCES consult_client(id) ON DELETE CASCADE,
    scenario_id     BIGINT REFERENCES consult_scenario(id) ON DELETE SET NULL,
    sales_month     DATE NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    sales_enc       VARBINARY(8192) NOT NULL
);
CREATE INDEX consult_actual_client ON consult_actual(client_id);
