-- PostgreSQL twin of db/migration/V97__store_listing_position.sql (ADR 0018): the same change, BYTEA for H2's VARBINARY.
-- 걸어서 닿는 경쟁 (Huff) looks up SEMAS listings in a small latitude/longitude box around a clicked point; a full
-- release for Seoul has ~400,000 rows, so the box search needs an index instead of a table scan.
CREATE INDEX store_listing_position ON store_listing(lat, lon);
