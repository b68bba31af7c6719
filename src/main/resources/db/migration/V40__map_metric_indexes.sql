-- The map and the search screen read one quarter of a table for all 상권 (latest quarter first): index by level and quarter.
CREATE INDEX change_q_lvl_quarter ON change_q(lvl, quarter);
CREATE INDEX population_q_lvl_quarter ON population_q(lvl, quarter);
CREATE INDEX district_quarter_kpi_lvl_quarter ON district_quarter_kpi(lvl, quarter);
