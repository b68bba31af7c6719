-- One narrow row per industry × level × quarter × district: sales and stores side by side. Rebuilt with the other
-- summaries inside the import transaction (kr.sanggwon.ingest.SummaryBuilder). The primary key serves "all
-- districts of one industry at a quarter" (lookalike's sales per store) as one contiguous range; the index serves
-- "all industries of one district at a quarter" (the dashboard's industry mix) without reading the wide fact rows.
CREATE TABLE industry_district_kpi (
    industry_code VARCHAR(12) NOT NULL,
    lvl           CHAR(1) NOT NULL,
    quarter       INT NOT NULL,
    district_code VARCHAR(12) NOT NULL,
    sales_amt     BIGINT,
    stores        BIGINT,
    PRIMARY KEY (industry_code, lvl, quarter, district_code)
);
CREATE INDEX industry_district_kpi_dq ON industry_district_kpi(district_code, quarter);
