-- 수익 분석 (issue 10): the user's own values of the simulation's defaults, replacing the bundled ones
-- (kr/sanggwon/finance/assumptions.csv). scope: an industry code, or '*' for every industry. param: Param.id().
CREATE TABLE finance_assumption (
    scope       VARCHAR(12) NOT NULL,
    param       VARCHAR(40) NOT NULL,
    param_value DOUBLE PRECISION NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (scope, param)
);
