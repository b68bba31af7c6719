-- In the official 점포 files 유사_업종_점포_수 = 점포_수 + 프랜차이즈_점포_수 on every row (checked on all real rows):
-- 점포_수 counts independent stores only. Sales (추정매출) cover every store, so per-store figures must divide by the
-- total. From this version stores_q.stores holds the total (유사_업종_점포_수, or 점포_수 + 프랜차이즈 when absent) and
-- the published 점포_수 is kept in independent_stores.
ALTER TABLE stores_q ADD COLUMN independent_stores BIGINT;
