-- Per-district features at each district's latest quarter, for 유사 상권 찾기 (lookalike) and the data-health
-- screen. Rebuilt inside the import transaction (kr.sanggwon.ingest.SummaryBuilder -> DistrictFeatureSummary), so
-- queries read one row per district instead of grouping fact tables.
CREATE TABLE district_feature (
    district_code  VARCHAR(12) PRIMARY KEY,
    lvl            CHAR(1) NOT NULL,
    pop_quarter    INT,
    floating       BIGINT, fl_male BIGINT, fl_female BIGINT,
    fl_age10 BIGINT, fl_age20 BIGINT, fl_age30 BIGINT, fl_age40 BIGINT, fl_age50 BIGINT, fl_age60 BIGINT,
    fl_t06_11 BIGINT, fl_t11_14 BIGINT, fl_t17_21 BIGINT, fl_t21_24 BIGINT,
    workers        BIGINT,
    residents      BIGINT,
    facilities     BIGINT, subway_station BIGINT, bus_stop BIGINT, university BIGINT,
    avg_income     BIGINT,
    apt_price      BIGINT,
    op_months      DOUBLE PRECISION,
    change_index   VARCHAR(4)
);
